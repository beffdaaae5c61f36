# bytearray: constructors, item and slice access and assignment, the list-like methods, operators,
# the methods it shares with bytes, and its errors.
print(bytearray(), bytearray(b"abc"), bytearray(3), bytearray([65, 66]), bytearray("hé", "utf-8"), bytearray(range(250, 256)))
ba = bytearray(b"hello world")
print(len(ba), ba[0], ba[-1], ba[1:4], ba[::-2], ba[100:], type(ba[1:2]).__name__)
ba[0] = 72
ba[-5:] = b"there!"
ba[5:6] = bytearray(b"__")
print(ba)
ba[::2] = b"X" * len(ba[::2])
print(ba)
del ba[0]
del ba[::3]
del ba[-2:]
print(ba)
ba[1:3] = [48, 49, 50]
ba[len(ba):] = (33, 33)
print(ba, ba == bytearray(ba), ba is not bytearray(ba))
b = bytearray(b"xyz")
b.append(33)
b.extend(b"ab")
b.extend([1, 2])
b.extend(bytearray(b"-"))
b.insert(0, 60)
b.insert(-1, 62)
b.insert(100, 63)
print(b, b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("a"))
b.reverse()
c = b.copy()
c.append(0)
print(b, c, len(b), len(c))
c.clear()
print(c, len(c), bool(c), bool(b))
# Operators.
x = bytearray(b"ab")
y = x
x += b"cd"
x *= 2
print(x, y, x is y, x + b"!", b"!" + x, type(b"!" + x).__name__, x * 2, 2 * x, bytearray(b"-") * 0)
print(b"a" in x, 98 in x, b"ca" in x, bytearray(b"dc") in x, 120 in x, x.find(b"c"), x.find(99), x.count(b"a"), x.index(100))
print(x == b"abcdabcd", b"abcdabcd" == x, x != b"abcd", x < b"abd", bytearray(b"b") > b"a", x <= x, sorted([bytearray(b"b"), bytearray(b"a")]))
print(list(x), [i for i in bytearray(b"\x00\xff")], sum(bytearray(b"\x01\x02")), list(reversed(bytearray(b"abc"))))
print(repr(bytearray(b"it's \"q\"\n\x80")), str(bytearray(b"s")), f"{bytearray(b'f')}", "%s" % bytearray(b"p"))
print(bytes(bytearray(b"copy")), bytearray(bytearray(b"copy")), bytearray(b"%d-%s") % (5, b"x"), int(bytearray(b"42")))
print(x.decode(), bytearray("é", "utf-8").decode("utf-8"), bytearray(b"\xff").decode("latin-1"), ord(bytearray(b"z")))
print(bytearray(b"a,b,,c").split(b","), bytearray(b"  pad  ").strip(), bytearray(b"a b").split(), bytearray(b"-").join([b"a", bytearray(b"b")]))
print(b"-".join([bytearray(b"a"), b"b"]), bytearray(b"Hi").upper(), bytearray(b"hi there").title(), bytearray(b"abc").replace(b"b", b"B"))
print(bytearray(b"abc").hex(), bytearray.fromhex("41 42"), bytearray(b"x").startswith(b"x"), bytearray(b"key=val").partition(b"="))
print(bytearray(b"12").isdigit(), bytearray(b"ab").isalpha(), bytearray(b"AB").isupper(), bytearray(b"l1\nl2").splitlines(), bytearray(b"7").zfill(3))
print(int.from_bytes(bytearray(b"\x01\x00"), "big"), str(bytearray(b"\xc3\xa9"), "utf-8"), bytearray(b"abc")[1:] == b"bc")
for bad in [lambda: hash(bytearray()), lambda: bytearray("abc"), lambda: bytearray(1.5), lambda: bytearray([256]),
            lambda: bytearray(-1), lambda: bytearray(b"a")[5], lambda: bytearray(b"a").__setitem__(0, 256),
            lambda: bytearray(b"a").__setitem__(0, "a"), lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98),
            lambda: bytearray(b"ab").__setitem__(slice(None, None, 2), b"xy"), lambda: bytearray(b"a") + "s",
            lambda: bytearray(b"a").__setitem__(slice(0, 1), 5), lambda: bytearray(b"a").append(-1), lambda: "a" in bytearray(b"a"),
            lambda: 300 in bytearray(b"a"), lambda: bytearray().extend("abc"), lambda: {bytearray(): 1}, lambda: bytes("abc"),
            lambda: bytearray(b"a", "utf-8"), lambda: bytearray(encoding="utf-8"), lambda: bytearray().extend(5),
            lambda: bytes(1.5), lambda: bytes([1, 256])]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
