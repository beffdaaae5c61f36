# tuple() of iterables, count/index with ranges, tuples in comparisons and as multiple keys.
t = tuple(x % 4 for x in range(10))
print(t, t.count(0), t.index(3), t.index(1, 2), t.index(2, 3, 8))
try:
    t.index(9)
except ValueError as e:
    print("ValueError:", e)
print(tuple("abc") + tuple(range(2)), tuple({1: 2, 3: 4}), len(()), () == tuple())
grid = {}
for x in range(3):
    for y in range(2):
        grid[x, y] = x * 10 + y
print(grid[2, 1], sorted(grid)[:3], (1, 2) in grid)
