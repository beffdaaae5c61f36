# slice objects: attributes, indices(), equality; they are not hashable in 3.11.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None))
print(s.indices(6), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
data = list(range(12))
evens, odds = slice(0, None, 2), slice(1, None, 2)
print(data[evens], data[odds], "abcdef"[evens])
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
