# Float accumulation error in loops, compared with sum() and math.fsum.
import math
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
values = [0.1] * 10
print(sum(values), math.fsum(values))
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]))
h = 0.0
for n in range(1, 1001):
    h += 1.0 / n
print(h)
x = 2.0
for i in range(6):
    x = (x + 2.0 / x) / 2.0
print(x, x * x)
