# Sorting values that cannot be compared raises TypeError; None needs a key.
for data in ([3, "a"], [None, 1], [[1], (1,)]):
    try:
        print(sorted(data))
    except TypeError as e:
        print("TypeError:", e)
vals = [3, None, 1, None, 2]
print(sorted(vals, key=lambda v: (v is None, v or 0)))
print(sorted([1.5, 1, -2, 2 ** 65, -0.5]))
