# Sorting records stored as tuples by several keys.
records = [("smith", "john", 42), ("doe", "jane", 35), ("smith", "anna", 28), ("doe", "john", 35)]
for r in sorted(records):
    print(r)
print(sorted(records, key=lambda r: (r[2], r[0])))
print(sorted(records, key=lambda r: (-r[2], r[1])))
print(max(records, key=lambda r: r[2]), min(records))
