# Sets of tuples as visited-sets in a grid flood fill.
grid = ["#####", "#..##", "#.#.#", "#...#", "#####"]
start = (1, 1)
seen = {start}
stack = [start]
while stack:
    r, c = stack.pop()
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if grid[nr][nc] == "." and (nr, nc) not in seen:
            seen.add((nr, nc))
            stack.append((nr, nc))
print(len(seen), sorted(seen))
