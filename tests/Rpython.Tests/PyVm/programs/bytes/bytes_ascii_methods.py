# bytes methods see ASCII only: case mappings, predicates, whitespace and line ends.
data = b"Stra\xdfe \xb5 \xc9t\xe9 mIxEd"
print(data.upper(), data.lower(), data.swapcase(), data.title(), data.capitalize())
print(b"\xe9".isalpha(), b"\xb2".isdigit(), b"\xaa".islower(), b"\xc9".isupper(), b"\xa0".isspace(), b"\x85".isspace(), b"\x1c".isspace())
print(b"a\x85b\xa0c\x1cd e".split(), b"\x1c x \xa0".strip(), b" x\x0b".rstrip(), b"a\x0bb\x0cc\x1cd\ne\r\nf\rg".splitlines())
print(b"a\x85b c".rsplit(None, 1), bytearray(b"\xa0 x \xa0").lstrip(), b"Ab Cd".istitle(), b"\xc9b".istitle(), b"ab1".isalnum(), b"\xff".isascii())
print(b"hello".find(108), b"hello".rfind(108), b"hello".count(108), b"hello".index(101), b"hello".rindex(108), 104 in b"hello")
print(b"hello world".split(b"o", 1), b"x".center(5, b"*"), b"x".ljust(3, bytearray(b"-")), b"a\tb".expandtabs(4))
# str sees all of Unicode's whitespace.
print("a\x1cb\x1dc\x1ed\x1fe\x85f\xa0g".split(), "\x1c\x1f".isspace(), "\x1cx\x1f".strip(), "a\x0bb\x1cc\x85d".splitlines())
for bad in [lambda: b"abc".find(256), lambda: b"abc".find("b"), lambda: b"x".center(5, "*"), lambda: 256 in b"a"]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
