-- wrk script: POST /v1/decisions, rotating over eight varied citizens (see src/jmh/http-load.sh).
-- EXPLAIN=false in the environment asks for the lean decision (no trace, no help list).
local explain = os.getenv("EXPLAIN") ~= "false"
local cases = {
  '"service":"flytning","municipality":"0751","at":"2014-04-07T10:00","facts":{"hasMitID":true}',
  '"service":"flytning","municipality":"0101","at":"2014-04-07T20:30","facts":{"hasMitID":false}',
  '"service":"flytning","municipality":"0167","at":"2012-12-03T10:00","facts":{}',
  '"service":"flytning","municipality":"0751","at":"2024-02-01T09:00","facts":{"digitalPostExempt":true}',
  '"service":"flytning","municipality":"0461","at":"2015-06-01T12:00","facts":{"hasMitID":true,"needsHelp":true}',
  '"service":"flytning","municipality":"0851","at":"2023-08-01T10:00","facts":{"cognitiveImpairment":true}',
  '"service":"flytning","municipality":"0751","at":"2014-04-06T10:00","facts":{"lacksDigitalSkills":true}',
  '"service":"flytning","municipality":"0147","at":"2020-01-15T15:45","facts":{"hasMitID":true,"languageBarrier":false}',
}
local bodies = {}
for i, c in ipairs(cases) do
  bodies[i] = "{" .. c .. ',"explain":' .. tostring(explain) .. "}"
end
local n = 0
local headers = { ["Content-Type"] = "application/json" }

request = function()
  n = n % #bodies + 1
  return wrk.format("POST", "/v1/decisions", headers, bodies[n])
end

local bad = 0
response = function(status, _, _)
  if status ~= 200 then bad = bad + 1 end
end

done = function(summary, latency, _)
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p99_ms=%.2f errors=%d non200=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
