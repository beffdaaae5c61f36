# Negative bounds and steps near the edges of sequences.
a = "abcdef"
for start in (None, -7, -1, 0, 3, 6, 7):
    row = []
    for step in (1, -1, 2, -2):
        row.append(a[start::step])
    print(start, row)
print([a[i:i + 2] for i in range(0, len(a), 2)])
