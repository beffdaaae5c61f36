# Type errors and value errors raised by str methods.
abc = "abc"
tests = [
    lambda: abc.find(1),
    lambda: abc.replace("a"),
    lambda: abc.zfill("3"),
    lambda: abc * 2.0,
    lambda: abc[1.0],
    lambda: abc.count(),
    lambda: int("abc"),
    lambda: abc.index("d"),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print("TypeError:", e)
