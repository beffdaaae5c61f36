# The same values formatted with %, str.format and f-strings agree.
values = [0, 7, -42, 3.14159, -0.001, 12345.6789, 1e21]
for v in values:
    a = "%10.3f|%-8g|%+e" % (v, v, v)
    b = "{:10.3f}|{:<8g}|{:+e}".format(v, v, v)
    c = f"{v:10.3f}|{v:<8g}|{v:+e}"
    print(a, a == b == c)
for n in (0, 255, -255):
    print("%x %o %5d %-5d|" % (n, n, n, n) == "{:x} {:o} {:5d} {:<5d}|".format(n, n, n, n))
