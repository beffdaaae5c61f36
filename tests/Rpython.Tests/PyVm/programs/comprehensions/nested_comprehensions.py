# Flatten, cartesian products and pythagorean triples.
nested = [[1, [2]], [3, 4], [], [5]]
flat = [y for x in nested for y in x]
print(flat)
print([(a, b) for a in "xy" for b in (1, 2)])
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print({k: {v for v in range(k)} for k in range(4)})
