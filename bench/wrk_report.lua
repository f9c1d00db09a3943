-- wrk reports p50, p95 and p99 latency (microseconds) and requests per second on one line each,
-- so bench.outstanding can read them. Non-2xx answers count as errors.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("seconds %.3f\n", seconds))
  io.write(string.format("rps %.1f\n", summary.requests / seconds))
  io.write(string.format("p50_us %d\n", latency:percentile(50)))
  io.write(string.format("p95_us %d\n", latency:percentile(95)))
  io.write(string.format("p99_us %d\n", latency:percentile(99)))
  local e = summary.errors
  io.write(string.format("errors %d\n", e.connect + e.read + e.write + e.status + e.timeout))
end
