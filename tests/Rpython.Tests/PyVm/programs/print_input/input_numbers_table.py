# Reading a count, then that many records from standard input, and printing a report.
n = int(input())
rows = []
for _ in range(n):
    name, qty, price = input().split(",")
    rows.append((name.strip(), int(qty), float(price)))
rows.sort(key=lambda r: -r[1] * r[2])
for name, qty, price in rows:
    print("%-8s %3d x %6.2f = %8.2f" % (name, qty, price, qty * price))
print("total", round(sum(q * p for _, q, p in rows), 2))
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print("ignored lines:", rest)
