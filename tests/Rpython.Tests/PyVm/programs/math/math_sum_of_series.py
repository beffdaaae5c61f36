# Series that converge to known constants, compared with math's values.
import math
def leibniz(n):
    return 4 * sum((-1) ** k / (2 * k + 1) for k in range(n))
def euler(n):
    total, term = 0.0, 1.0
    for k in range(n):
        total += term
        term /= k + 1
    return total
def basel(n):
    return math.sqrt(6 * sum(1 / (k * k) for k in range(1, n + 1)))
for n in (10, 100, 1000):
    print(n, "%.10f %.10f %.10f" % (leibniz(n), euler(n), basel(n)))
print("%.10f %.10f" % (math.pi, math.e))
print(abs(euler(30) - math.e) < 1e-15, abs(leibniz(100000) - math.pi) < 1e-4)
