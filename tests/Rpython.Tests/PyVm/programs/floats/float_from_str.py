# float() parsing, and its errors.
for s in ["1", "1.5", "-2.25", "  3.0  ", "1e3", "1E-3", ".5", "5.", "+1.5e+2", "1_000.5",
          "8", "0.1", "1e500", "-1e500", "1e-500", "00012.50"]:
    print(repr(s), float(s))
for s in ["", "abc", "1.2.3", "1e", "--1", "1_", "0x10", "1 2"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(float(3), float(-7), float(True), float())
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
