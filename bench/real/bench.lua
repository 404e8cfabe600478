-- bench/real/bench.lua — a mixed Lua workload for bench/real.py: recursion, tables, strings, closures,
-- floating point. Deterministic; prints one checksum line per part (checked against native Lua's).
local N = tonumber(arg and arg[1]) or 1

local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end

local function sieve(n)
  local composite, count = {}, 0
  for i = 2, n do
    if not composite[i] then
      count = count + 1
      for j = i * i, n, i do composite[j] = true end
    end
  end
  return count
end

local function sort_check(n)
  local t, x = {}, 42
  for i = 1, n do x = (x * 1103515245 + 12345) % 2147483648; t[i] = x end
  table.sort(t)
  local s = 0
  for i = 1, n, 97 do s = (s + t[i]) % 1000000007 end
  return s
end

local function strings(n)
  local parts = {}
  for i = 1, n do parts[#parts + 1] = string.format("%d:%x;", i, i * 7) end
  local s = table.concat(parts)
  local count = 0
  for a, b in s:gmatch("(%d+):(%x+);") do count = count + #a + #b end
  local r = s:sub(1, 2000):gsub("%d", function(d) return string.char(65 + tonumber(d)) end)
  return count, #s, r:sub(1, 24)
end

local function closures(n)
  local acc = 0
  local function counter(step)
    local c = 0
    return function() c = c + step; return c end
  end
  for i = 1, n do
    local f = counter(i % 7 + 1)
    f(); f()
    acc = acc + f()
  end
  return acc
end

local function mandel(size)
  local sum = 0
  for y = 0, size - 1 do
    local ci = 2.0 * y / size - 1.0
    for x = 0, size - 1 do
      local cr = 2.0 * x / size - 1.5
      local zr, zi, i = 0.0, 0.0, 0
      while i < 50 and zr * zr + zi * zi < 4.0 do
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        i = i + 1
      end
      sum = sum + i
    end
  end
  return sum
end

local function objects(n)
  local Point = {}
  Point.__index = Point
  function Point.new(x, y) return setmetatable({x = x, y = y}, Point) end
  function Point:add(o) return Point.new(self.x + o.x, self.y + o.y) end
  local p = Point.new(0, 0)
  for i = 1, n do p = p:add(Point.new(i % 3, i % 5)) end
  return p.x, p.y
end

for _ = 1, N do
  print("fib", fib(24))
  print("sieve", sieve(300000))
  print("sort", sort_check(50000))
  print("strings", strings(30000))
  print("closures", closures(80000))
  print("mandel", mandel(120))
  print("objects", objects(80000))
end
