# Sorting by several keys, some descending, using tuples of keys and negation.
students = [("ann", "math", 91), ("bob", "art", 85), ("cy", "math", 85), ("dee", "art", 92), ("eve", "math", 91)]
print(sorted(students, key=lambda s: (s[1], -s[2], s[0])))
by_score = sorted(students, key=lambda s: s[0])
by_score.sort(key=lambda s: s[2], reverse=True)
print([s[0] for s in by_score])
ranks = {}
for i, (name, _, score) in enumerate(sorted(students, key=lambda s: -s[2])):
    ranks.setdefault(score, i + 1)
print(ranks)
