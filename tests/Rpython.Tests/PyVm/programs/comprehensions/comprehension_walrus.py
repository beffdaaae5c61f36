# Assignment expressions in comprehensions and while loops.
data = [1, 5, 12, 7, 30]
print([y for x in data if (y := x * 2) > 10])
print(y)
items = iter(range(10))
total = 0
while (n := next(items, None)) is not None:
    total += n
print(total)
if (count := len(data)) > 3:
    print("long", count)
