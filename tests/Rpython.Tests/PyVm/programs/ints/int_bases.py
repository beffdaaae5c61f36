# int(s, base) for bases 2..36, prefixes with base 0, and bin/oct/hex.
print(int("1010", 2), int("777", 8), int("ff", 16), int("FF", 16), int("z", 36), int("Zz", 36))
for base in range(2, 37):
    print(base, int("10", base), int("11", base))
print(int("0x1f", 16), int("0o17", 8), int("0b101", 2))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("99", 0), int("0", 0))
print(int("-0xff", 0), int("  +0b11  ", 0), int("1_0", 0))
print(bin(10), oct(64), hex(255), hex(-255), bin(-5), oct(0))
print(bin(0), hex(0), hex(4096))
