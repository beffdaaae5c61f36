# Machine-word boundaries: sums and products cross 2**63 transparently.
big = 9223372036854775807  # 2**63 - 1
print(big + 1, big + big, -big - 2)
print(big * 2, big * big)
small = -9223372036854775808
print(small - 1, small * -1, -small, abs(small))
print(small // -1, small % -1)
x = 1
for i in range(70):
    x = x * 2
print(x, x - 1)
y = 3037000499
print(y * y, (y + 1) * (y + 1))
print(4611686018427387904 + 4611686018427387904)
print(big + 1 - 1 == big, type(big + 1 - 1).__name__)
