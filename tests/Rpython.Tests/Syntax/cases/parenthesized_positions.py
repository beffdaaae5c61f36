# a parenthesised name keeps its own span; the enclosing node starts at the paren
(a)
((a))
(a).b
((a)).b
(a)(b)
(a)[b]
(a + b) * c
c * (a + b)
((a + b)) * (c)
-(a)
not (a)
(a) if (b) else (c)
(a) < (b) < (c)
(a) and (b)
# tuples include their parentheses, bare tuples do not
(a, b)
a, b
((a, b))
(a, b),
x = (1,)
x = 1,
for (a, b) in c: pass
for a, b in c: pass
# calls: arguments in parentheses, generator as the sole argument
f((a))
f((a), (b))
f((a for a in b))
f(a for a in b)
f(a for a in b)(c)
f(k=(a))
f(*(a), **(b))
# attribute chains and method calls on parenthesised expressions
(a.b).c
(a.b()).c()
('abc').upper()
(1).real
(a
 ).b
(
    a
    +
    b
)
# multi-line spans: strings, calls, subscripts over several lines
x = f(
    a,
    b,
)
y = a[
    1:2
]
z = ('implicitly'
     'concatenated')
w = ((((a))))
# parenthesised targets
(a) = 1
(a.b) = 1
(a[0]) = 1
((a), (b)) = c
[(a), [(b)]] = c
# spaces inside parentheses and before the closing paren
( a ) + ( b )
f( a , b )
( a , b )
[ a , b ]
{ a : b }
# parenthesised yield and await and walrus
def g():
    ((yield))
    ((yield a)).b
async def h():
    ((await a)).b
((c := 1))
