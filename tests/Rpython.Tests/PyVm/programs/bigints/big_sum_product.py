# sum() and loops that grow past the machine word.
print(sum(range(10 ** 6)))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]))
print(sum(i * i * i for i in range(1, 2001)))
p = 1
for i in range(1, 40):
    p *= 2 ** i - 1
print(p % (10 ** 20), len(str(p)))
total = 0
for i in range(200):
    total = total * 31 + i
print(total)
