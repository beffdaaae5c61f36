# Nested targets with starred parts, in assignments and for loops.
data = [("a", (1, 2, 3)), ("b", (4,)), ("c", (5, 6))]
for name, (first, *rest) in data:
    print(name, first, rest)
(a, *b), *c = "xyz", 1, 2
print(a, b, c)
head, *_, tail = range(10)
print(head, tail, _)
