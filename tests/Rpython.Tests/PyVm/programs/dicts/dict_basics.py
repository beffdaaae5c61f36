# Creating dicts, lookups, assignment, deletion, len, in, KeyError.
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d), d["two"], "two" in d, 2 in d, "four" not in d)
del d["two"]
print(d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(d, extra=0), dict(), {})
print(dict(zip("abc", range(3))), {1: "int", 1.0: "float", True: "bool"})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
