# Large Fibonacci numbers and identities between them.
a, b = 0, 1
fibs = []
for i in range(301):
    fibs.append(a)
    a, b = b, a + b
print(fibs[90], fibs[92], fibs[93], fibs[100])
print(fibs[300])
print(fibs[200] * fibs[200] - fibs[199] * fibs[201])
print(fibs[150] % 10 ** 9, fibs[299] + fibs[298] == fibs[300])
