-- wrk script: POST one article as text/plain; report p50/p95/p99 and errors as JSON at the end,
-- with the mean engine and app time the service reported (Server-Timing) for the same requests.
-- Used by benchmarks/service_bench.py, which passes the article path as the first script argument.
local body
local threads = {}
engine_ms, app_ms, timed = 0, 0, 0  -- globals, so that done() can read them with thread:get

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(args[1], "rb"))
  body = f:read("*a")
  f:close()
end

function request()
  return wrk.format("POST", "/v1/quotes", {["Content-Type"] = "text/plain; charset=utf-8"}, body)
end

function response(status, headers, _)
  local timing = headers["Server-Timing"]
  if timing then
    local engine = tonumber(string.match(timing, "engine;dur=([%d%.]+)"))
    local app = tonumber(string.match(timing, "app;dur=([%d%.]+)"))
    if engine and app then
      engine_ms, app_ms, timed = engine_ms + engine, app_ms + app, timed + 1
    end
  end
end

function done(summary, latency, requests)
  local engine, app, n = 0, 0, 0
  for _, thread in ipairs(threads) do
    engine = engine + (thread:get("engine_ms") or 0)
    app = app + (thread:get("app_ms") or 0)
    n = n + (thread:get("timed") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "bytes": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d, ' ..
    '"max_us": %d, "mean_us": %.1f, "engine_mean_ms": %.4f, "app_mean_ms": %.4f, "timed": %d, ' ..
    '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "status_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), latency.max, latency.mean, n > 0 and engine / n or 0, n > 0 and app / n or 0, n,
    e.connect, e.read, e.write, e.status, e.timeout))
end
