# Bitwise operators on small ints, including negative numbers (two's complement semantics).
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~b)
print(-6 & 3, -6 | 3, -6 ^ 3, ~-6)
print(1 << 4, 255 >> 3, -1 >> 10, -16 >> 2, -17 >> 2)
print(5 << 0, 5 >> 0, 0 << 100)
x = 0xFF
x &= 0x0F
x |= 0x30
x ^= 0x01
x <<= 2
x >>= 1
print(x)
print(bin(a & b), bin(a | b), bin(~a))
for n in (0, 1, 7, 8, 255, 1023):
    print(n, n.bit_length(), bin(n).count("1"))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
