# repr of tuples: singleton comma, nesting, strs.
print((1,), ((1,),), (1, (2, (3,))), ("a",), ("x", "y"), ((),), ([],))
print(repr(()), str((1, "2")), tuple(), tuple(range(3)))
t = ([],)
t[0].append(1)
print(t)
