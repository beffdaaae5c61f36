# inf and nan: creation, arithmetic and comparisons.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf))
print(inf + 1, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(float("Infinity"), float("-INF"), float("  nan  "), float("+inf"))
print(max(1.0, inf), min(-inf, 0.0))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
print(inf == float("inf"), [nan] == [nan], nan in [nan])
print(int(2.5), 0.0 == -0.0)
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
