# Generator expressions: lazy, single-pass, as function arguments.
g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), next(g), list(g), list(g))
print(sum(x * x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(sorted((x % 4 for x in range(10)), reverse=True))
print("".join(str(d) for d in range(10) if d % 3))
evaluated = []
def track(v):
    evaluated.append(v)
    return v
lazy = (track(v) for v in range(5))
print(evaluated)
print(next(lazy), next(lazy), evaluated)
