# Dict comprehensions with conditions, inversion, nested.
squares = {x: x * x for x in range(6)}
print(squares)
print({v: k for k, v in squares.items() if k % 2 == 0})
print({w: len(w) for w in ["aa", "b", "cccc"]})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({k: [c for c in k] for k in ("ab", "c")})
