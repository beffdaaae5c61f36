# Iterators are single-pass; iterables give a new iterator each time.
nums = [1, 2, 3]
it = iter(nums)
print(list(it), list(it))
print(list(nums), list(nums))
m = map(str, nums)
print(" ".join(m), "|", " ".join(m), "|")
z = zip("ab", "cd")
print(list(z), list(z))
e = enumerate("xy")
print(next(e), list(e))
f = filter(None, [0, 1, 2])
print(1 in f, list(f))
