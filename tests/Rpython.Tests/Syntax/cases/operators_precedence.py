# power binds tighter than unary minus on its left, looser on its right
-2 ** 2
(-2) ** 2
2 ** -1
-2 ** -2
2 ** 3 ** 2
(2 ** 3) ** 2
-x ** -y ** -z
~x ** 2
not -x ** 2
2 ** ~x
await_ ** 2
a.b ** c[d]
f(x) ** g(y)
# unary operators stack
- - x
-+~x
not not x
not -x
-(not x)
# arithmetic precedence and associativity
a + b * c
(a + b) * c
a - b - c
a - (b - c)
a * b / c // d % e @ f
a / b * c
a + b - c + d
-a * b
a * -b
a ** b * c
a * b ** c
# shifts and bitwise operators
a << b + c
a << b >> c
a & b | c ^ d
a | b & c
a ^ b | c & d
a & b << c
~a & ~b
# boolean operators: not binds looser than comparisons, and tighter than and/or
not a == b
not a in b
a and b or c and d
a or b and c
a and not b or not c
not a and b
a or b or c
a and b and c
(a or b) and c
# all levels at once
a or b and not c < d | e ^ f & g << h + i * -j ** k
x = -1 + 2 * 3 ** -4 // 5 % 6 - ~7 << 8 >> 9 & 10 ^ 11 | 12
# augmented assignment with every operator
a += 1
a -= 1
a *= 1
a /= 1
a //= 1
a %= 1
a **= 1
a @= 1
a <<= 1
a >>= 1
a &= 1
a ^= 1
a |= 1
a.b += c
a[0] **= -1
