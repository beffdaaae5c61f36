# Dicts keep insertion order; re-assigning keeps position, deleting and re-adding moves to the end.
d = {}
for key in ["zebra", "apple", "mango", "kiwi"]:
    d[key] = len(key)
print(d)
d["apple"] = 0
print(list(d))
del d["zebra"]
d["zebra"] = 1
print(list(d))
print({**d, "apple": 99, "new": 2})
merged = {"a": 1} | {"b": 2, "a": 3}
print(merged)
merged |= {"c": 4}
print(merged)
