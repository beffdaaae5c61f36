# pyvm: unsupported
# Structural pattern matching (Python 3.10+).
def describe(value):
    match value:
        case 0:
            return "zero"
        case [x, y]:
            return "pair %r %r" % (x, y)
        case {"kind": kind}:
            return "mapping of kind " + kind
        case str() as s if len(s) > 3:
            return "long string " + s
        case _:
            return "something else"
for v in [0, [1, 2], {"kind": "box"}, "hello", "hi", 3.5]:
    print(describe(v))
