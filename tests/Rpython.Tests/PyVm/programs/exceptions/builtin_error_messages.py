# The messages of common builtin errors.
tests = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: [1][5], lambda: (1,)[5],
    lambda: "ab"[5], lambda: {}["x"], lambda: {}[1], lambda: int("1.5"), lambda: float("abc"),
    lambda: None + 1, lambda: "a" - "b", lambda: len(5), lambda: [].pop(), lambda: (1).foo,
    lambda: undefined, lambda: int(None), lambda: "abc".foo(), lambda: object() < object(),
    lambda: next(iter([])), lambda: [1, 2].remove(3), lambda: divmod(1, 0), lambda: 2 ** -1 % 0,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
