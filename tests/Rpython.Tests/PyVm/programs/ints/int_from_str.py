# int() parsing decimal strings: whitespace, signs, underscores.
for s in ["0", "42", "-17", "+8", "  12  ", "\t-3\n", "1_000_000", "007", "-0"]:
    print(repr(s), int(s))
print(int("123456789"), int("-987654321"))
print(int(3.9), int(-3.9), int(True), int(False))
print(int(), int(0), int(-0.5))
