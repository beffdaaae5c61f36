# and/or short-circuit and return operands; not returns a bool.
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), calls)
calls.clear()
print(t(2) or t(3), calls)
calls.clear()
print(t("") or t(None) or t([]), calls)
print(not 0, not "x", not None, type(not 1).__name__, [] or {}, 0 or 0.0)
print(True + True, True * 10, -True, True / 2, True // 2, True & False, True | False, True ^ True)
