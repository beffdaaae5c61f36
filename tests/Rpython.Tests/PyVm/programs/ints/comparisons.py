# Comparison operators on ints, chained comparisons, and their bool results.
a, b, c = 3, 7, 7
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b < c, b <= c, b > c, b >= c, b == c, b != c)
print(a < b < c, a < b <= c, a < b == c, c > b > a)
print(1 < 2 < 3 < 4, 1 < 3 < 2, 5 > 4 > 4)
print(-1 < 0, -5 < -3, 0 == -0)
print(1 == 1.0, 2 < 2.5, 3 > 2.999)
print(True == 1, False == 0, True + True)
x = 10
print(0 <= x < 100, 0 <= x < 10)
print(max(3, 9, -2), min(3, 9, -2))
print(not 0, not 5, not -1)
