# Equivalent list building by loop, comprehension, map/filter and slicing.
nums = list(range(-5, 6))
loop = []
for n in nums:
    if n % 2 == 0:
        loop.append(n * n)
comp = [n * n for n in nums if n % 2 == 0]
mf = list(map(lambda n: n * n, filter(lambda n: n % 2 == 0, nums)))
sl = [n * n for n in nums[::2]]
print(loop, loop == comp == mf == sl)
print(nums.index(0), nums[nums.index(0):], nums[:nums.index(0)][::-1])
