# Multiple assignment evaluates the right side first.
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [10, 20, 30]
i = 0
i, x[i] = 1, 99
print(i, x)
fib = [0, 1]
p, q = 0, 1
for _ in range(10):
    p, q = q, p + q
    fib.append(q)
print(fib)
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
