# Breadth-first search on a maze.
maze = ["S.#.......", ".##.####.#", "....#..#..", "#.#...#..#", "..#.#....E"]
rows, cols = len(maze), len(maze[0])
start = end = None
for r in range(rows):
    for c in range(cols):
        if maze[r][c] == "S": start = (r, c)
        if maze[r][c] == "E": end = (r, c)
queue, head, came = [start], 0, {start: None}
while head < len(queue):
    cur = queue[head]; head += 1
    if cur == end:
        break
    r, c = cur
    for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
        if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in came:
            came[(nr, nc)] = cur
            queue.append((nr, nc))
path, node = [], end
while node:
    path.append(node)
    node = came[node]
print(len(path) - 1)
grid = [list(row) for row in maze]
for r, c in path[1:-1]:
    grid[r][c] = "*"
print("\n".join("".join(row) for row in grid))
