from rpython.rlib.objectmodel import specialize


class Op(object):
    pass


class Add(Op):
    symbol = "+"
    weight = 1


class Mul(Op):
    symbol = "*"
    weight = 3


class Neg(Op):
    symbol = "-"
    weight = 2


@specialize.memo()
def cost(cls, doubled):
    factor = 2 if doubled else 1
    return (cls.weight * 10 + len(cls.symbol)) * factor


@specialize.memo()
def describe(cls):
    return cls.symbol * cls.weight


def pick(n):
    if n % 3 == 0:
        return Add
    if n % 3 == 1:
        return Mul
    return Neg


def main(n):
    cls = pick(n)
    total = cost(cls, n > 5) + cost(Add, False) + len(describe(cls)) * 1000
    if describe(pick(n + 1)) == "**":
        total += 7
    return total
