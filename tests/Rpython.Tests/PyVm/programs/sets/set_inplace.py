# In-place updates: |= &= -= ^= and update methods.
s = set(range(10))
s -= {0, 1}
s &= set(range(0, 10, 2)) | {3}
print(sorted(s))
s |= {100}
s ^= {2, 200}
print(sorted(s))
s.update([7], (8,))
s.intersection_update(range(50))
print(sorted(s))
s.difference_update({3, 4})
s.symmetric_difference_update({8, 9})
print(sorted(s))
c = s.copy()
c.clear()
print(sorted(s), c)
