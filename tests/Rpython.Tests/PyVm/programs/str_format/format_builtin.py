# The format() builtin and __format__ on ints, floats and strs.
print(format(42), format(42, "5d"), format(42, "x"), format(-42, "b"))
print(format(3.14159, ".2f"), format(2.5, "e"), format(1e-7, "g"), format(123.0, "g"))
print(format("abc", "^9"), format("abc", "*<5"), format(True, ">6"))
print(format(1234567, ","), format(1234567, "_"), format(0xDEADBEEF, "_x"))
print(format(2 ** 64, ","), format(-2 ** 70, "x"))
print((12.5).__format__(".1f"), (7).__format__("03"))
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
