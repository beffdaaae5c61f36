# bytes are hashable and compare lexicographically by byte value; bytes vs str never equal.
keys = [b"b", b"a", b"ab", b"", b"\xff", b"A"]
print(sorted(keys))
d = {b"k": 1}
print(d[b"k"], b"k" in d, "k" in d, b"k" == "k", b"a" < b"b", b"Z" < b"a")
print(hash(b"abc") == hash(b"ab" + b"c"), len({b"x", b"x", bytes([120])}))
print(bytes(reversed(b"abc")), b"abc".decode()[::-1].encode())
