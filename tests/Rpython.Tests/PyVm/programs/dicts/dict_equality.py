# Dict equality ignores order; comparisons other than == raise TypeError.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != {"x": 1}, a == {"x": 1, "y": 2.0}, {} == {})
print(list(a) == list(b))
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
print(a.keys() == b.keys(), a.items() == b.items(), list(a.values()) == list(b.values()))
