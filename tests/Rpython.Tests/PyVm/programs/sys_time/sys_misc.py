# sys attributes: maxsize, version_info, recursion limit, platform-free checks.
import sys
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1)
print(sys.version_info[0], sys.version_info >= (3, 0))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
def depth(n):
    return depth(n + 1) if n < 500 else n
try:
    depth(0)
except RecursionError:
    print("limited")
sys.setrecursionlimit(old)
print(depth(0), type(sys.argv).__name__, sys.byteorder in ("little", "big"))
