-- wrk script for tests/bench/live-load: every 200 response must hold one whole version of the test report,
-- its start and end markers naming the same version; counts 5xx and torn or empty bodies.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  torn, server_errors, whole = 0, 0, 0
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  elseif status == 200 then
    local first = string.match(body, "VERSION%-START%-(%d+)%-")
    local last = string.match(body, "VERSION%-END%-(%d+)%-")
    if first == nil or first ~= last then
      torn = torn + 1
    else
      whole = whole + 1
    end
  end
end

function done(summary, latency, requests)
  local t, e, w = 0, 0, 0
  for _, thread in ipairs(threads) do
    t = t + thread:get("torn")
    e = e + thread:get("server_errors")
    w = w + thread:get("whole")
  end
  io.write(string.format("whole=%d torn=%d server_errors=%d\n", w, t, e))
end
