# del with slices of every kind.
for sl in [slice(2, 5), slice(None, None, 2), slice(1, None, 3), slice(None, None, -2), slice(-3, None), slice(5, 2)]:
    a = list(range(10))
    del a[sl]
    print(sl, a)
