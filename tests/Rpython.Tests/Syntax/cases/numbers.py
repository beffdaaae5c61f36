# decimal integers, zeros, underscores
0
00
000_0
0_0
1
1_000_000
123456789
# hexadecimal, octal, binary in every case with underscores
0xdead_BEEF
0XFF
0x_f
0o7_7
0O17
0o_7
0b_1
0B1010_1010
0b0
# floats: leading/trailing dot, exponents
1.
.5
1.5
1e5
1E5
1e+5
1e-5
1.e5
.5e-3
0e0
0.0
00.0
007.5
09.5
1_000.000_1
1_0.0_1e1_0
3.141592653589793
1e308
1e309
2.2250738585072014e-308
5e-324
1e-400
0.1
# imaginary literals
1j
1J
0j
1.5j
.5j
1.j
1e5j
1E+5j
1_000.000_1e-1_0j
09j
00j
# numbers followed by attribute access need space or dot
1 .real
1..imag
1.0.real
1e5.real
1j.imag
0x10.real
# unary minus, plus and invert on literals are operators, not part of the literal
-1
+1
~1
--1
-+-1
- 1
-1.5
-1j
-0x10
# tokens glued to keywords (warnings in 3.11, still accepted)
[0x1for x in y]
[1for x in y]
1if x else 2
x = 0o7or 1
y = 1.5and 2
z = 1jif x else 2
0x1e+1
