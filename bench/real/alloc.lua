-- bench/real/alloc.lua — an allocation-heavy Lua workload for bench/real.py (peak resident memory):
-- binary trees (the classic GC benchmark) plus string building and table churn. Deterministic output.
local function bottom_up(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { bottom_up(depth), bottom_up(depth) }
end

local function check(tree)
  if tree[1] then return 1 + check(tree[1]) + check(tree[2]) end
  return 1
end

local maxdepth = tonumber(arg and arg[1]) or 12
local long_lived = bottom_up(maxdepth)
for depth = 4, maxdepth, 2 do
  local iters = 1 << (maxdepth - depth + 4)
  local sum = 0
  for _ = 1, iters do sum = sum + check(bottom_up(depth)) end
  print(string.format("%d trees of depth %d check %d", iters, depth, sum))
end
print("long lived tree check", check(long_lived))

local words = {}
for i = 1, 60000 do words[i] = ("w" .. i):rep(i % 5 + 1) end
local index = {}
for i, w in ipairs(words) do index[w] = i end
local hits = 0
for i = 1, 60000, 3 do if index[words[i]] == i then hits = hits + 1 end end
print("strings", #words, hits, #table.concat(words, " ", 1, 1000))
