# Common bytes methods: split, join, strip, replace, find, upper, startswith, hex, count.
b = b"  alpha,beta,,gamma  "
print(b.strip(), b.split(b","), b.strip().split(b",", 1))
print(b"-".join([b"a", b"b", b"c"]), b"abc".upper(), b"ABC".lower())
print(b"hello".replace(b"l", b"L"), b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".count(b"l"))
print(b"hello".startswith(b"he"), b"hello".endswith(b"lo"), b"hello".index(b"o"))
print(b"\x01\xab".hex(), bytes.fromhex("48 65 6c"), b"a b  c".split())
print(b"123".isdigit(), b"abc".isalpha(), b"Ab".isupper())
