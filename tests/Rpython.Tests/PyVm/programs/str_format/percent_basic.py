# printf-style % formatting: %s %r %d %i %f %e %g %x %o %c %%.
print("%s and %r" % ("text", "text"))
print("%d %i %d" % (42, -7, True))
print("%f %.2f %.0f %e %.3e" % (3.14159, 2.71828, 2.5, 12345.678, 0.000123))
print("%g %g %g %g" % (0.0001, 1e-5, 123456, 1234567))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%c%c" % (65, "z"), "100%%", "%s" % [1, 2])
print("%s" % (("tuple",),), "%s" % "single")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
