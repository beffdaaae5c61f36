# The math module with its ValueError and OverflowError, math.pi and math.e, int(float) (truncation;
# OverflowError for an infinity, ValueError for a NaN), float(str) (ValueError),
# math.floor and math.ceil (ints), abs, min and max of floats and ints.
import math


def unary(name, x):
    try:
        if name == "sqrt":
            return str(math.sqrt(x))
        if name == "exp":
            return str(math.exp(x))
        if name == "log":
            return str(math.log(x))
        if name == "log10":
            return str(math.log10(x))
        if name == "sin":
            return str(math.sin(x))
        if name == "cos":
            return str(math.cos(x))
        if name == "tan":
            return str(math.tan(x))
        if name == "atan":
            return str(math.atan(x))
        if name == "fabs":
            return str(math.fabs(x))
        if name == "floor":
            return str(math.floor(x))
        if name == "ceil":
            return str(math.ceil(x))
        if name == "int":
            return str(int(x))
        return str(math.isnan(x)) + "/" + str(math.isinf(x))
    except ValueError:
        return "ValueError"
    except OverflowError:
        return "OverflowError"


def binary(name, x, y):
    try:
        if name == "pow":
            return str(math.pow(x, y))
        if name == "fmod":
            return str(math.fmod(x, y))
        if name == "atan2":
            return str(math.atan2(x, y))
        if name == "hypot":
            return str(math.hypot(x, y))
        return str(math.copysign(x, y))
    except ValueError:
        return "ValueError"
    except OverflowError:
        return "OverflowError"


def parse(text):
    try:
        return str(float(text))
    except ValueError:
        return "ValueError"


def main(n):
    x = n / 4.0
    if n == 100:
        x = float("nan")
    elif n == 12345:
        x = -1e18 - 0.5
    elif n == 7:
        x = float("-inf")
    elif n == 12:
        x = -0.0
    parts = []
    for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "atan", "fabs", "floor", "ceil", "int", "isnan"]:
        parts.append(name + " " + unary(name, x))
    for name in ["pow", "fmod", "atan2", "hypot", "copysign"]:
        parts.append(name + " " + binary(name, x, 2.5) + " " + binary(name, -1.5, x) + " " + binary(name, x, 0.0))
    parts.append(str(math.pi * n) + " " + str(math.e) + " " + str(-math.pi))
    parts.append(str(math.copysign(1.0, math.nan)) + " " + str(math.copysign(1.0, -math.nan)) + " " + str(math.isnan(math.nan)) + " " + str(math.inf) + " " + str(-math.inf < x) + " " + str(math.tau))
    parts.append(str(abs(x)) + " " + str(max(x, 1.5)) + " " + str(min(x, -0.0, 0.0)) + " " + str(max(n * 1.0, 2.5, -1)) + " " + str(min(n, 3)))
    texts = ["1.5", " -2e3 ", "inf", "-Infinity", "nan", "1_000.5", "", "abc", "1e400", "0x10", str(n), str(x)]
    for t in texts:
        parts.append(parse(t))
    return "\n".join(parts)
