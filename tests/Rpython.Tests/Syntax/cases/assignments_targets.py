# simple, chained and tuple assignments
a = 1
a = b = c = 1
a, b = 1, 2
a, = b
(a) = 1
((a)) = 1
(a, b) = c
[a, b] = c
a, (b, c) = d
[a, [b, (c, [d])]] = e
a = b, c = d, e
a, b = b, a
# attribute and subscript targets, nested
a.b = 1
a.b.c = 1
a[0] = 1
a[0].b[1].c = 1
f().x = 1
(a.b) = 1
a[b] = c[d] = e.f = g
# starred targets in every bracket kind
*a, b = c
[*a, b] = c
(a, *b) = c
a, [*b, c] = d
# assignment of yields and tuple with trailing comma
def g():
    a = yield
    a = yield b
    a = yield from b
    a = b = yield c
x = 1,
x = *a,
# empty tuple and list targets
() = []
[] = ()
# augmented assignment to attributes and subscripts (a single target)
a.b += 1
a[0:1] -= []
(a) *= 2
# deletion targets
del a
del a, b
del (a, b)
del [a, b]
del a.b, a[0], (a.c), [a[1:2]]
del (a), ((b))
# for-loop and with targets use the same rules
for a, (b, c) in d: pass
for (a) in b: pass
for a.b in c: pass
for a[0], *b in c: pass
# assignments with semicolons and comments
a = 1; b = 2  # comment
c = 3;
