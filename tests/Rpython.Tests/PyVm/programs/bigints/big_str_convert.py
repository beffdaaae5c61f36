# Converting big ints to and from strings in several bases.
n = 2 ** 200 + 12345
print(str(n))
print(hex(n), oct(n))
print(bin(n)[:20], len(bin(n)))
print(int(str(n)) == n, int(hex(n), 16) == n, int(oct(n), 0) == n, int(bin(n), 0) == n)
s = "9" * 60
print(int(s) + 1)
print(int("-" + "1" * 40, 2))
print(int("z" * 20, 36))
print(repr(-n)[:10], len(str(10 ** 99)))
print(format(n, ","))
print(format(n, "x")[:12], format(-n, "_d")[-16:])
