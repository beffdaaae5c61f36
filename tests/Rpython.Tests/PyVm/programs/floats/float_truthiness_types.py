# bool() of floats, float as a type, isinstance and mixed containers.
for v in [0.0, -0.0, 0.1, float("nan"), float("inf")]:
    print(repr(v), bool(v), not v)
print(type(1.0) is float, type(1) is float, float is type(2.5))
print(isinstance(3.0, (int, float)), isinstance(3, (str, float)))
values = [1, 2.0, 3, 4.5]
print(sum(values), [type(v).__name__ for v in values])
print(1.0 if 0.0 else "zero is false")
