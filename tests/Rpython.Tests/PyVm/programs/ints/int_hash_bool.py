# hash() of small ints is the value itself; ints as dict keys and truthiness.
for n in (0, 1, -2, 12345, 10 ** 9):
    print(n, hash(n) == n, bool(n))
print(hash(-1), hash(2 ** 61 - 1), hash(2 ** 61))
d = {1: "one", 2: "two"}
d[1.0] = "float one"
print(d)
print(hash(True), hash(False), hash(3) == hash(3.0))
