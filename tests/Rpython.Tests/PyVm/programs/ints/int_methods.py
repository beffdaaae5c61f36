# Methods and attributes of int objects.
n = 1000
print(n.bit_length(), (-n).bit_length(), (0).bit_length())
print(n.to_bytes(2, "big"), n.to_bytes(4, "little"))
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\xe8\x03", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True))
print((-2).to_bytes(2, "big", signed=True))
print(n.real, n.imag, n.numerator, n.denominator)
print((5).conjugate(), abs(-5), (-5).__abs__())
print(int.__name__, type(n).__name__, isinstance(n, int))
print((255).bit_count() if hasattr(int, "bit_count") else 8)
