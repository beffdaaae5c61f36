# bytes literals, indexing gives ints, slicing gives bytes, len, repr.
b = b"Hello\x00\xff\n"
print(b, len(b), b[0], b[-1], b[1:4], b[::-1])
print(list(b[:5]), bytes([72, 105]), bytes(3), bytes(range(65, 70)))
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
print(b"abc" == b"abc", b"abc" < b"abd", b"" < b"a")
print(repr(b"'"), repr(b'"'), repr(b"\t\r\\"))
try:
    b"abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
