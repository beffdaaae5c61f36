# Newton's method for square roots against math.sqrt.
import math
def newton(x, eps=1e-12):
    guess = x / 2 or 1.0
    steps = 0
    while abs(guess * guess - x) > eps * x:
        guess = (guess + x / guess) / 2
        steps += 1
    return guess, steps
for x in (2.0, 10.0, 12345.678, 1e10):
    g, steps = newton(x)
    print(x, "%.10f" % g, "%.10f" % math.sqrt(x), steps, math.isclose(g, math.sqrt(x)))
