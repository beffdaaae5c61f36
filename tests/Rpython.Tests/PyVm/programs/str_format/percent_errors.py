# Errors of % formatting.
cases = [
    ("%d", ("x",)),
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%z", (1,)),
    ("%(a)s", (1,)),
    ("%c", ("ab",)),
]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("%s %s" % (1, "%d"))
print("%d" % 3.99, "%s" % 3.0, "%x" % 2 ** 70)
