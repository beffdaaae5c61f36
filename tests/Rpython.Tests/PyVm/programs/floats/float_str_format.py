# str() of floats against %-style and format() outputs.
vals = [3.14159, -0.001, 1234567.891, 1e-7, 2.5, 1e20, 0.0]
for v in vals:
    print(str(v), "%f" % v, "%.2f" % v, "%e" % v, "%g" % v, format(v, ".3g"), format(v, ".1e"))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print(format(1.0, ""), format(1.0, "g"), format(1e16, ""), format(1e16, "g"))
print("%5.1f|%-8.3f|%+.2f|%08.2f" % (3.14159, 2.5, 1.0, -3.5))
