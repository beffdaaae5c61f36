# Exceptions carry attributes: StopIteration.value, KeyError args, OSError errno, SystemExit code.
try:
    next(iter(()))
except StopIteration as e:
    print("StopIteration value", e.value)
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code)
