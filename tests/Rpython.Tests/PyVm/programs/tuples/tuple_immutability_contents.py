# A tuple is immutable but may hold mutable objects; += makes a new tuple.
t = (1, [2, 3], "s")
t[1].append(4)
print(t)
try:
    t[1] += [5]
except TypeError as e:
    print("TypeError:", e)
print(t)
u = t
t += (None,)
print(t, u, t is u)
print(len((1, 2) * 0), ((1,) * 3), (0,) * -1)
