# Factorials far beyond the machine word.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (20, 21, 25, 30, 50):
    print(n, fact(n))
f100 = fact(100)
print(len(str(f100)), str(f100)[:20], str(f100)[-30:])
print(f100 // fact(98), f100 % 1000000007)
