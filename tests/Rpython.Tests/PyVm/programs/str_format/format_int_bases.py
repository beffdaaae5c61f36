# Formatting ints in every base with padding and prefixes.
for n in (0, 1, 7, 10, 255, -255, 4096, 2 ** 40 + 3):
    print(f"{n:>14} {n:>#14b}"[:29], f"{n:#o}", f"{n:#x}", f"{n:#X}", f"{n:>10_}")
print(bin(10), oct(10), hex(10), bin(-10), hex(2 ** 70))
