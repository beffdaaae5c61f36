# enumerate with start, zip of several iterables and of unequal lengths, zip(*...) to unzip.
for i, c in enumerate("abc", start=1):
    print(i, c)
print(list(enumerate([])), list(enumerate(["x"], -2)))
print(list(zip([1, 2, 3], "ab", (True, False, None))))
print(list(zip()), list(zip([1])), dict(zip("abc", range(3))))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
