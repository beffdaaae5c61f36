# Conway's Game of Life on a small torus, a glider for several generations.
W, H = 8, 6
live = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in live)}
for gen in range(4):
    print("gen", gen)
    for y in range(H):
        print("".join("#" if (x, y) in live else "." for x in range(W)))
    live = step(live)
print(len(live), sorted(live))
