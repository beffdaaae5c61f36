# any, all and sum with edge cases.
print(any([]), all([]), any([0, 0.0, ""]), all([1, "a", [0]]), any(x > 2 for x in range(4)))
print(sum([]), sum([], 5), sum([1.5, 2.5]), sum([True, True, False]), sum(range(10), -45))
print(sum([0.1] * 10), sum([[1], [2]], []), sum([(1,), (2,)], ()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
