# An IndexError deep inside nested data structures, raised from a comprehension.
grid = [[1, 2, 3], [4, 5, 6]]
print([row[2] for row in grid])
print([row[3] for row in grid])
