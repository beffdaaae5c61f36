# min and max over args and iterables with key and default; abs of ints, floats, bools.
print(min(3, 1, 2), max(3, 1, 2), min([5, -5], key=abs), max("a", "B", key=str.lower))
print(min("hello"), max([[1, 2], [1, 3]]), max((1, "b"), (1, "a")), min([], default=-1))
print(abs(-5), abs(5), abs(-2.5), abs(-0.0), abs(True), abs(-2 ** 70), abs(0))
for bad in (lambda: min(), lambda: max(1), lambda: min([])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
