-- wrk script: POST the learner named by PATHWAY_LEARNER_JSON (a file of one JSON learner) to
-- /api/plan, and count the answers that are not 200.
local file = assert(io.open(os.getenv("PATHWAY_LEARNER_JSON"), "r"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"

local failed = 0
function response(status, headers, body)
  if status ~= 200 then failed = failed + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("non-200 answers: %d (this thread's count; socket errors below)\n", failed))
end
