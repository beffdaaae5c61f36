# sorted and reversed accept any iterable and return new objects.
gen = (x * x for x in range(5, 0, -1))
print(sorted(gen), sorted("cab"), sorted({3: 0, 1: 0}), sorted((2, 1)), sorted(range(3), reverse=True))
a = [3, 1, 2]
b = sorted(a)
print(a, b, a is b)
print(list(reversed(sorted("hello"))))
