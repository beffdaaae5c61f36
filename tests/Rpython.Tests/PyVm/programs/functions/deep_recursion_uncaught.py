# Uncaught infinite recursion: RecursionError, traceback, exit code 1.
def f(n):
    return f(n + 1) + 1

print("before")
f(0)
print("not reached")
