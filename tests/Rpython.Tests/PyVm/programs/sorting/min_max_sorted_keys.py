# min, max with key and default, ties keep the first.
pts = [(1, 5), (3, 2), (2, 5), (0, 0)]
print(max(pts, key=lambda p: p[1]), min(pts, key=lambda p: p[1]), max(pts), min(pts))
print(max(3, 7, 5), min(3, 7, 5), max("apple", "fig", key=len), min([], default=None))
print(max([1, 3, 3.0, 2]), max([3.0, 3]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
