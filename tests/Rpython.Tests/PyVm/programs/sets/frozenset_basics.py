# frozenset: immutable, hashable, usable as dict key and set member.
f = frozenset([1, 2, 3])
g = frozenset({3, 4})
print(sorted(f), sorted(g), sorted(f | g), f & g, sorted(f - g), type(f | {9}).__name__, type({9} | f).__name__)
d = {f: "first", g: "second"}
print(d[frozenset({3, 2, 1})])
ss = {f, g, frozenset([1, 2, 3])}
print(len(ss), frozenset() == set(), f == {1, 2, 3}, hash(f) == hash(frozenset([3, 2, 1])))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(frozenset(), repr(frozenset([5])))
