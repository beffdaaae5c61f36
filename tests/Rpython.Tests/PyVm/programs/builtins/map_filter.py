# map with one and several iterables, filter with a function and with None.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [5, 2], [7, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(str.isdigit, ["1", "a", "22", "3b"])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
print(sum(map(int, "1 2 3 4".split())), "".join(map(chr, range(65, 70))))
