# Lambdas as values: in sorted keys, maps, dict dispatch, immediately called.
square = lambda x: x * x
print(square(7), (lambda a, b=2: a ** b)(3), (lambda *a: len(a))(1, 2, 3), (lambda **k: k)(q=1))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(list(map(lambda s: s[::-1], ["abc", "de"])), list(filter(lambda n: n % 3 == 0, range(10))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4), square.__name__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
