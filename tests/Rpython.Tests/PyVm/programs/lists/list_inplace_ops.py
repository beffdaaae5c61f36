# += extends in place, *= repeats in place.
a = [1, 2]
alias = a
a += [3]
a += (4, 5)
a += "ab"
print(a, alias is a)
a *= 2
print(a, alias is a)
b = [0]
b *= 0
print(b)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
