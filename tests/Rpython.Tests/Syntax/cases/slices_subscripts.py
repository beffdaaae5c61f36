# simple subscripts and every slice shape
a[0]
a[-1]
a[:]
a[::]
a[1:]
a[:2]
a[1:2]
a[::3]
a[1::3]
a[:2:3]
a[1:2:3]
a[::-1]
a[ : ]
a[ 1 : 2 : 3 ]
# tuples of indices and slices
a[1, 2]
a[1,]
a[1:2, 3]
a[1:2, ::3, ...]
a[..., 0]
a[()]
a[(1, 2)]
# expressions in slice bounds
a[b if c else d:e]
a[lambda: 0:]
a[x + 1 : -y]
a[f(x) : g(y) : h(z)]
a[(b):(c)]
a[(b) : (c) : (d)]
# chained subscripts and calls, subscripts as targets
a[0][1][2]
a[0](1)[2]
a[0] = 1
a[1:2] = b
a[::2], b[1:] = c
del a[0], a[1:2]
a[0] += 1
a[b][c:d] = e
# subscript of literals and displays
'abc'[1:]
[1, 2, 3][::-1]
{'k': 1}['k']
(1, 2)[0]
x[1:2,]
x[a:b, c:d]
# spacing and newlines inside brackets
a[
    1
    :
    2
]
a[1 :
  2]
