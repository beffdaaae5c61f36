# Sets of small ints: creation, add, discard, remove, pop, membership, len (printed sorted: set_repr_order.py checks the order).
s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 in s, set(), sorted(set([4, 4, 5])), sorted(set(range(5))))
s.add(10)
s.add(1)
s.discard(2)
s.discard(42)
print(sorted(s))
s.remove(3)
print(sorted(s))
try:
    s.remove(3)
except KeyError as e:
    print("KeyError:", e)
t = {7}
print(t.pop(), t)
try:
    t.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
