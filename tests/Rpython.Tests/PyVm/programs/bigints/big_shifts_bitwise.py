# Shifts and bitwise operators on big ints, positive and negative.
a = (1 << 100) + 12345
b = (1 << 90) - 1
print(a >> 50, a << 10, a >> 200)
print(a & b, a | b, a ^ b)
print(~a, -a >> 3, -a << 3)
print((-a) & b, (-a) | b, (-a) ^ b)
print((a & 0xFFFF), bin(a >> 95), hex(a))
print(a.bit_length(), (-a).bit_length(), b.bit_length())
print(((1 << 64) - 1) & -1, -(1 << 64) >> 63)
print(hex(~(1 << 70)), oct(1 << 70))
