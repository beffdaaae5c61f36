# inf and nan: isinf, isnan, isfinite, comparisons, arithmetic.
import math
inf, nan = math.inf, math.nan
print(inf, -inf, nan, inf > 1e308, -inf < -1e308, nan == nan, nan != nan, inf == float("inf"))
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf), math.isnan(inf - inf))
print(inf + 1, inf * -1, inf - inf, 0 * inf, 1 / inf, min(inf, 5), max(-inf, -5))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01))
