# and / or / not return operands, short-circuiting.
def t(name, value):
    print("eval", name)
    return value

print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x")
print(None or 0, None and 1, not None, not "", not "a")
r = t("a", 0) and t("b", 1)
print(r)
r = t("c", 1) or t("d", 1)
print(r)
r = t("e", 0) or t("f", 0) or t("g", 3)
print(r)
x = 5
print(x > 3 and x < 10, x < 3 or x > 4, not (x == 5))
print((True and False) or (not False and True))
