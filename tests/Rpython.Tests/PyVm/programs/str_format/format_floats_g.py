# The general float formats, their switch between fixed and exponent, and repr vs str.
values = [0.0, 1.0, 0.1, 1e-4, 1e-5, 123456.0, 1234567.0, 1e15, 1e16, 1e22, 2.5e-308, 1.7976931348623157e308]
for v in values:
    print(repr(v), str(v), "%g" % v, "{:g}".format(v), "{:.3g}".format(v), "{}".format(v))
print("{:.0f} {:.0f} {:.0f} {:.0f}".format(0.5, 1.5, 2.5, -0.5))
print("{:.2f} {:.2f}".format(2.675, 1.005))
