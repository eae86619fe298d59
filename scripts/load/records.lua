-- wrk script: a day of learners on the records API. Each request is, at random (seeded, so two
-- runs send the same mix): 10% a new record (POST /api/records), 10% reading one back
-- (GET /api/records/ID), 80% marking progress on one (PUT /api/records/ID/progress/RESOURCE,
-- started or done). PATHWAY_RECORDS names a file of "ID KEY" lines (records made beforehand),
-- PATHWAY_RESOURCES one of resource ids, PATHWAY_LEARNER_JSON the learner new records take.
local function lines(name)
  local out = {}
  for line in io.lines(os.getenv(name)) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

local records, resources, learner
-- Counts, as globals of each thread's state, so that done() can read them.
created, read, progressed, failed = 0, 0, 0, 0
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function init(args)
  math.randomseed(1)
  records = {}
  for _, line in ipairs(lines("PATHWAY_RECORDS")) do
    local id, key = line:match("^(%S+) (%S+)$")
    records[#records + 1] = {id = id, key = key}
  end
  resources = lines("PATHWAY_RESOURCES")
  local file = assert(io.open(os.getenv("PATHWAY_LEARNER_JSON"), "r"))
  learner = file:read("*a")
  file:close()
end

function request()
  local draw = math.random(100)
  if draw <= 10 then
    created = created + 1
    return wrk.format("POST", "/api/records", {["Content-Type"] = "application/json"}, learner)
  end
  local record = records[math.random(#records)]
  local headers = {["Authorization"] = "Bearer " .. record.key}
  if draw <= 20 then
    read = read + 1
    return wrk.format("GET", "/api/records/" .. record.id, headers)
  end
  progressed = progressed + 1
  headers["Content-Type"] = "application/json"
  local status = math.random(2) == 1 and "started" or "done"
  return wrk.format(
    "PUT", "/api/records/" .. record.id .. "/progress/" .. resources[math.random(#resources)],
    headers, '{"status": "' .. status .. '"}')
end

function response(status, headers, body)
  if status < 200 or status > 299 then failed = failed + 1 end
end

function done(summary, latency, requests)
  local totals = {0, 0, 0, 0}
  for _, thread in ipairs(threads) do
    for index, name in ipairs({"created", "read", "progressed", "failed"}) do
      totals[index] = totals[index] + thread:get(name)
    end
  end
  io.write(string.format(
    "sent: %d new records, %d reads, %d progress changes; answers not 2xx: %d\n",
    totals[1], totals[2], totals[3], totals[4]))
end
