# sys.exit deep in calls unwinds the whole program; exit code 2.
import sys
def check(values):
    for v in values:
        if v < 0:
            print("negative value", v)
            sys.exit(2)
    return "ok"
print(check([1, 2]))
print(check([3, -4, 5]))
