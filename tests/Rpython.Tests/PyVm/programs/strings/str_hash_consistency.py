# Equal strs hash equal (the hash value itself is not printed: it varies per run).
a = "hello"
b = "".join(["he", "llo"])
print(a == b, hash(a) == hash(b), a is not None)
d = {a: 1}
print(d[b], b in d)
s = {"x", "y", "x"}
print(len(s), sorted(s))
print(hash("") == hash(""), hash("a") == hash("a" * 1))
