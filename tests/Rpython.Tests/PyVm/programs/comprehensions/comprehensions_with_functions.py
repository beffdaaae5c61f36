# Comprehensions calling functions, methods and nested comprehensions over dicts.
scores = {"ann": [90, 85, 77], "bob": [60, 75], "cy": [88]}
avg = {name: sum(s) / len(s) for name, s in scores.items()}
print(avg)
print([name for name, a in sorted(avg.items(), key=lambda kv: -kv[1]) if a > 70])
print({name: [s for s in ss if s >= 80] for name, ss in scores.items()})
print(sum(len(v) for v in scores.values()), max((max(v), k) for k, v in scores.items()))
