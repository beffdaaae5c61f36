# dict.fromkeys shares one value object; comprehensions make separate ones.
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
separate = {k: [] for k in ["a", "b"]}
separate["a"].append(1)
print(separate)
d = dict.fromkeys(range(3), 0)
d[1] += 5
print(d)
