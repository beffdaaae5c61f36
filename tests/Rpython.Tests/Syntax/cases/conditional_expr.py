# basic, nested on either side, right associative
a if b else c
a if b else c if d else e
(a if b else c) if d else e
a if (b if c else d) else e
# lambdas and conditional expressions
lambda: a if b else c
a if b else lambda: c
(lambda: a) if b else c
# in arguments, displays, subscripts, default values, returns
f(a if b else c, d=e if f else g)
[a if b else c, d]
{a if b else c: d if e else f}
x[a if b else c]
def g(p=a if b else c): return a if b else c
# with boolean operators, not and comparisons in each part
a or b if c and d else e or f
not a if not b else not c
a < b if c > d else e == f
# conditional expressions with yield, await and walrus need parentheses
def h():
    x = (yield) if a else (yield b)
    return (y := 1) if y else 2
# number literals glued to the keywords (a 3.11 warning, still valid)
1if x else 2
x = 0if y else 1
