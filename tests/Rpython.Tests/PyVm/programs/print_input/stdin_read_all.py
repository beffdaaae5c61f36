# sys.stdin.read, readline and iteration.
import sys
first = sys.stdin.readline()
print(repr(first))
rest = sys.stdin.read()
print(repr(rest))
nums = [int(tok) for tok in rest.split() if tok.lstrip("-").isdigit()]
print(nums, sum(nums))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
