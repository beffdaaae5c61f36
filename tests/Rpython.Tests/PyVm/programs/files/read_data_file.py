# Reading a data file shipped beside the program (_scores.csv) and computing statistics.
rows = []
with open("_scores.csv") as f:
    header = f.readline().strip().split(",")
    for line in f:
        line = line.strip()
        if line:
            name, score, group = line.split(",")
            rows.append((name, int(score), group))
print(header, len(rows))
by_group = {}
for name, score, group in rows:
    by_group.setdefault(group, []).append(score)
for group in sorted(by_group):
    scores = by_group[group]
    print(group, len(scores), min(scores), max(scores), "%.2f" % (sum(scores) / len(scores)))
best = max(rows, key=lambda r: r[1])
print("best", best[0], best[1])
