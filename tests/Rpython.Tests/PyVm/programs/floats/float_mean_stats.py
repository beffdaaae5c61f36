# Numerical code: mean, variance, a small linear regression, compound interest.
data = [2.5, 3.7, 1.2, 8.9, 4.4, 6.1, 7.3, 0.8]
n = len(data)
mean = sum(data) / n
var = sum((x - mean) ** 2 for x in data) / (n - 1)
print(mean, var, var ** 0.5)
xs = [1.0, 2.0, 3.0, 4.0, 5.0]
ys = [2.1, 3.9, 6.2, 8.1, 9.8]
mx = sum(xs) / len(xs)
my = sum(ys) / len(ys)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
print(slope, my - slope * mx)
balance = 1000.0
for year in range(10):
    balance *= 1.05
print(balance, round(balance, 2))
print(min(data), max(data), sorted(data)[n // 2])
