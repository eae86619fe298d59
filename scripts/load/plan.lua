-- wrk script: POST the learner named by PATHWAY_LEARNER_JSON (a file of one JSON learner) to
-- /api/plan, and count the answers that are not 200.
local file = assert(io.open(os.getenv("PATHWAY_LEARNER_JSON"), "r"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"

-- A global of each thread's state, so that done() can read it.
failed = 0
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
end

function response(status, headers, body)
  if status ~= 200 then failed = failed + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("failed") end
  io.write(string.format("non-200 answers: %d (socket errors below)\n", total))
end
