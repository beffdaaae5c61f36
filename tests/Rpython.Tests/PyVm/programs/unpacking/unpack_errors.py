# Errors when unpacking non-iterables or wrong lengths.
tests = ["a, b = 1", "a, b = [1, 2, 3]", "a, b, c = 'ab'", "(a, b), c = [1, 2]", "a, *b = None"]
for src in tests:
    try:
        exec_globals = {}
        if src == "a, b = 1":
            a, b = 1
        elif src == "a, b = [1, 2, 3]":
            a, b = [1, 2, 3]
        elif src == "a, b, c = 'ab'":
            a, b, c = "ab"
        elif src == "(a, b), c = [1, 2]":
            (a, b), c = [1, 2]
        else:
            a, *b = None
    except (TypeError, ValueError) as e:
        print(src, "->", type(e).__name__ + ":", e)
