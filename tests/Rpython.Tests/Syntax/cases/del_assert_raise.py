# del with every target kind
del a
del a,
del a, b
del (a)
del (a, b)
del (a, b),
del [a, b]
del [a, [b, c]]
del a.b
del a[0]
del a[1:2]
del a[0].b[1:]
del (a).b
del f().x
# assert with and without a message, with parentheses and multi-line
assert a
assert a, b
assert (a, b)
assert (a), (b)
assert a, f'{b}'
assert not a, 'msg' 'concat'
assert isinstance(a, (int,
                      str)), \
    'message'
# raise: bare, with an exception, with from, with expressions
raise
raise E
raise E()
raise E('x') from e
raise E from None
raise a.b.c(1) from f()
raise (E)
raise E if a else F
# pass, break, continue, return in the places they can appear
for a in b:
    break
    continue
while True:
    pass
else:
    pass
def f():
    return
def g():
    return a, b
