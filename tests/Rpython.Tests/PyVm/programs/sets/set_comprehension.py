# Set comprehensions and dedup of computed values.
print(sorted({x % 5 for x in range(20)}))
print(sorted({x * x for x in range(-3, 4)}))
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
