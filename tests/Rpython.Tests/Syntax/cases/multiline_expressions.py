# binary operators across lines inside brackets: spans cover all lines
x = (1 +
     2 *
     3)
y = [
    a
    for a in b
    if a
]
z = {
    k:
        v
    for k, v
    in items
}
# calls and attribute chains broken across lines
result = (
    obj
    .method(1)
    .other()
    [0]
)
value = f(
)
# triple-quoted strings spanning lines in expressions
s = """a
b""" + 'c'
t = f(""" x
  y """, z)
# backslash continuation in the middle of expressions
u = a \
    + b \
    * c
v = a if \
    b else \
    c
# a lambda body and a conditional on separate lines
w = (lambda:
     0)
q = (a
     if b
     else c)
# comparisons and boolean operators across lines
r = (a <
     b <=
     c and
     not d)
