# % formatting with widths, precision, flags - + space 0 and *.
for v in (5, -5, 123456):
    print("[%5d] [%-5d] [%05d] [%+d] [% d]" % (v, v, v, v, v))
for v in (3.14159, -0.5, 1234.5):
    print("[%8.3f] [%-8.2f] [%08.2f] [%+.1f]" % (v, v, v, v))
print("[%10s] [%-10s] [%.2s]" % ("abc", "abc", "abc"))
print("[%*d] [%-*d] [%.*f]" % (6, 42, 6, 42, 2, 3.14159))
print("[%5s] [%5r]" % (None, "x"))
