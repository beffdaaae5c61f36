# Filtering and mapping with conditional expressions.
data = [3, -1, 0, 7, -8, 2]
print([x if x > 0 else 0 for x in data])
print([abs(x) for x in data if x])
print(["even" if x % 2 == 0 else "odd" for x in data])
print([x for x in data if x > 0 and x % 2 == 1 or x == -8])
words = ["Apple", "banana", "Cherry", "date"]
print([w for w in words if w[0].isupper()], [w.lower() for w in words if len(w) > 4])
