class CalcError(Exception):
    def __init__(self, code):
        self.code = code


class Overflow(CalcError):
    pass


class Underflow(CalcError):
    pass


def check(x):
    if x > 100:
        raise Overflow(x - 100)
    if x < -10:
        raise Underflow(-x)
    if x == 7:
        raise ValueError("seven")
    return x * 2


def safe(x):
    try:
        return check(x)
    except Overflow as e:
        return 1000 + e.code
    except CalcError as e:
        return 2000 + e.code
    except ValueError:
        return -7


def nested(x):
    total = 0
    try:
        try:
            total += check(x)
        finally:
            total += 1
    except Exception:
        total += 50
    return total


def main(n):
    return safe(n) + safe(n * 10) + safe(-n) + nested(n) + nested(n * 30)
