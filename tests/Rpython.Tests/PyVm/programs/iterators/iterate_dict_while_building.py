# Iterating over dict views while building another dict; keys() iteration order.
src = {"b": 2, "a": 1, "c": 3}
inverted = {}
for k, v in src.items():
    inverted[v] = k
print(inverted)
ks = iter(src)
print(next(ks), next(ks))
print([k for k in src.keys()], [v for v in src.values()])
src["d"] = 4
try:
    next(ks)
except RuntimeError as e:
    print("RuntimeError:", e)
