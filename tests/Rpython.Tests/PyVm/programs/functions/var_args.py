# *args collects extra positional arguments as a tuple.
def total(*nums):
    return sum(nums), len(nums), type(nums).__name__

print(total(), total(1), total(1, 2, 3), total(*range(5)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def fmt(sep, *parts, end="."):
    return sep.join(parts) + end
print(fmt("-", "a", "b", "c"), fmt(" ", "x", end="!"), fmt(","))
