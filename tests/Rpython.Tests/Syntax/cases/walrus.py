# top-level needs parentheses; in calls, comprehensions, conditions
(x := 1)
(x := (y := 2))
if (n := len(a)) > 10:
    pass
while chunk := f.read(8):
    pass
while (line := readline()) != '':
    pass
f(x := 1)
f(a, b := 2, c=3)
[y := f(x), y ** 2]
{(k := 1): (v := 2)}
{a := 1, b := 2}
print((a := 1), a)
# in comprehension conditions and element positions
[y for x in data if (y := g(x)) is not None]
[(z := x) for x in y]
any((m := p.match(s)) for s in lines)
# in subscripts (3.10+), slices need parentheses
a[i := 0]
a[(i := 0):]
a[x := 1, y := 2]
# walrus as an argument to match subject and as elif/assert operand
match (v := compute()):
    case _:
        pass
if a:
    pass
elif b := c:
    pass
assert (r := check()), r
# return, yield and lambda operands
def gen():
    return (x := 5)
    yield (y := 6)
lambda: (z := 7)
# conditional expression containing walrus
(a := 1) if (b := 2) else (c := 3)
x = (y := 3)
