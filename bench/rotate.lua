-- wrk script: request the paths of a file in turn ("turn": each thread its share, each path
-- once while there are enough) or at random ("random"), and count how the portal's page cache
-- answered (the X-Page-Cache header).
--   wrk -t2 -c16 -d10s -s bench/rotate.lua http://127.0.0.1:8765 -- paths.txt turn 2
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    paths[#paths + 1] = line
  end
  mode = args[2] or "turn"
  step = tonumber(args[3] or "1")
  index = id - step
  math.randomseed(id * 7919 + os.time())
  hits, misses, other = 0, 0, 0
end

function request()
  if mode == "random" then
    index = math.random(#paths)
  else
    index = (index + step - 1) % #paths + 1
  end
  return wrk.format("GET", paths[index])
end

function response(status, headers, body)
  local cached = headers["X-Page-Cache"] or headers["x-page-cache"]
  if cached == "hit" then
    hits = hits + 1
  elseif cached == "miss" then
    misses = misses + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local h, m, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    h = h + thread:get("hits")
    m = m + thread:get("misses")
    o = o + thread:get("other")
  end
  io.write(string.format("page-cache hits %d misses %d other %d\n", h, m, o))
end
