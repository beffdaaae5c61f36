# None as a default sentinel and in comparisons of optional values.
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, [0]))

def find(items, wanted):
    for i, item in enumerate(items):
        if item == wanted:
            return i
    return None

for w in ("b", "z"):
    idx = find(["a", "b", "c"], w)
    print(w, idx, "missing" if idx is None else "found")
best = None
for v in [5, 3, 8, 1]:
    if best is None or v > best:
        best = v
print(best)
