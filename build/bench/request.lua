-- wrk script for build/bench.sh: one endpoint, configured through the environment.
--   BENCH_TOKEN   bearer token (empty for the baseline, which has no authentication)
--   BENCH_METHOD  GET (default) or POST
--   BENCH_PATH    path; "{pupil}" is replaced by the next of BENCH_PUPILS (comma-separated ids), in turn
--   BENCH_BODY    POST body; "{day}" becomes a date 1-150 days back, different from one request to the next
-- Each thread starts at another place in the rotation, so the 16 connections rarely share a pupil at once.
local token = os.getenv("BENCH_TOKEN") or ""
local method = os.getenv("BENCH_METHOD") or "GET"
local path = os.getenv("BENCH_PATH") or "/"
local body = os.getenv("BENCH_BODY")
local pupils = {}
for id in string.gmatch(os.getenv("BENCH_PUPILS") or "", "[^,]+") do pupils[#pupils + 1] = id end

local counter = 0
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("offset", threads * 7919)
end

function init(args)
  counter = offset or 0
  wrk.headers["Content-Type"] = "application/json"
  if token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
end

function request()
  counter = counter + 1
  local p = path
  if #pupils > 0 then p = string.gsub(p, "{pupil}", pupils[counter % #pupils + 1]) end
  local b = nil
  if body then
    b = string.gsub(body, "{day}", os.date("!%Y-%m-%d", os.time() - 86400 * (counter % 150 + 1)))
  end
  return wrk.format(method, p, nil, b)
end
