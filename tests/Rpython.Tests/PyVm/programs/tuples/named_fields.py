# A tuple-based record with index constants, and tuple equality in a set.
NAME, AGE = 0, 1
people = [("ann", 31), ("bo", 25), ("ann", 31)]
print([p[NAME] for p in people if p[AGE] > 30])
unique = set(people)
print(len(unique), sorted(unique))
print(tuple(sorted(p[AGE] for p in people)))
