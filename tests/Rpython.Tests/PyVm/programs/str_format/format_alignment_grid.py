# A grid formatted with computed widths using nested format specs.
data = [["name", "count", "ratio"], ["alpha", 3, 0.5], ["beta-long", 12345, 0.125], ["g", 0, 1.0]]
widths = [max(len(str(row[i])) for row in data) for i in range(3)]
for row in data:
    cells = []
    for i, v in enumerate(row):
        if isinstance(v, float):
            cells.append(f"{v:>{widths[i]}.3f}")
        elif isinstance(v, int):
            cells.append(f"{v:>{widths[i]},}")
        else:
            cells.append(f"{v:<{widths[i]}}")
    print(" | ".join(cells))
