# float methods: hex, fromhex, is_integer, conjugate, real/imag.
for v in [1.0, 0.5, -2.75, 1024.0, 0.1, 0.0]:
    print(v, v.hex(), float.fromhex(v.hex()) == v)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x10"))
print((3.5).real, (3.5).imag, (3.5).conjugate())
print(float.__name__, type(1.5).__name__, isinstance(1.5, float), isinstance(1, float))
