# Nested try blocks: inner handlers first, unhandled types propagate outward.
def f(kind):
    try:
        try:
            if kind == 1:
                raise KeyError("k")
            if kind == 2:
                raise ValueError("v")
            if kind == 3:
                raise TypeError("t")
            return "no error"
        except KeyError:
            return "inner caught KeyError"
        finally:
            print("inner finally", kind)
    except ValueError as e:
        return "outer caught " + str(e)
for k in range(4):
    try:
        print(f(k))
    except TypeError as e:
        print("top caught", e)
