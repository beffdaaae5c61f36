from rpython.rlib.jit import JitDriver, elidable, promote, we_are_jitted

driver = JitDriver(greens=['i'], reds=['total', 'n'])


def scaled(x, factor=3, offset=0):
    return x * factor + offset


def total_of(*values):
    return len(values) * 10


def head(first, *rest):
    return first + len(rest)


class Account(object):
    def __init__(self, owner, balance=100, *, bonus=0):
        self.owner = owner
        self.balance = balance + bonus

    def deposit(self, amount, times=1):
        self.balance += amount * times
        return self.balance


@elidable
def square(x):
    return x * x


def loop(n):
    i = 0
    total = 0
    while i < n:
        driver.jit_merge_point(i=i, total=total, n=n)
        total += square(promote(i))
        i += 1
    return total


def main(n):
    a = Account(n, bonus=5)
    b = Account(-n, balance=n * 2)
    a.deposit(7)
    b.deposit(times=3, amount=n)
    r = scaled(n) + scaled(n, 2) + scaled(n, offset=1) + scaled(offset=2, x=n, factor=5)
    r += total_of() + total_of(n) + total_of(n, 1, 2) + head(n) + head(n, 4, 5)
    args = (n, 10)
    r += scaled(*args)
    if not we_are_jitted():
        r += 1
    return r * 1000 + a.balance + b.balance + loop(n % 10)
