# Integer accumulation in loops: sums, products, Collatz lengths.
total = 0
for i in range(1, 101):
    total += i
print(total)
product = 1
for i in range(1, 21):
    product *= i
print(product)

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz(n) for n in range(1, 16)])
print(max(range(1, 1000), key=collatz))
i = 0
squares = 0
while i * i < 1000:
    squares += i * i
    i += 1
print(i, squares)
