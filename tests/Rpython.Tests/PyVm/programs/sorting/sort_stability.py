# Sorting is stable: equal keys keep their order, also with reverse=True.
data = [("b", 2), ("a", 1), ("c", 2), ("d", 1), ("e", 3), ("f", 2)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
data.sort(key=lambda t: t[1])
print([t[0] for t in data])
nums = [3, 1, 2]
nums.sort(reverse=True)
print(nums, sorted(nums) == nums[::-1])
