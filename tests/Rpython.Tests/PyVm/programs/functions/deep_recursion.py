# Recursion deeper than the limit raises RecursionError, which can be caught.
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)

print(down(500))
try:
    down(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(down(900))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError:
    print("caught again")
print("still alive")
