# every comparison operator
a < b
a > b
a == b
a >= b
a <= b
a != b
a in b
a not in b
a is b
a is not b
# chains, including two-word operators
a < b < c
a < b > c == d
a == b != c
a in b not in c
a is not b is c
a not in b is not c in d
1 < x <= 10
a is (not b)
# comparisons with other operators around them
a + b < c * d
-a < -b
not a < b
a < b and b < c
(a < b) < c
a < (b < c)
a | b == c & d
a < b if c else d
x = a == b == c
# spacing: operator tokens with whitespace and line breaks inside parentheses
(a
 not
 in
 b)
(a is
 not b)
a<b>c
a!=b
a<=b>=c
