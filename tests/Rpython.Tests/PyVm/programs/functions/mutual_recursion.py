# Mutually recursive functions and recursion over nested data.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(n) for n in range(6)], is_odd(99))
def depth(x):
    if isinstance(x, list):
        return 1 + max((depth(i) for i in x), default=0)
    return 0
print(depth([]), depth([1, [2, [3, [4]]]]), depth(5))
def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for i in x:
        out.extend(flatten(i))
    return out
print(flatten([1, [2, [3, [4, [5]]]], 6]))
