"""A Fraction class over ints: normalisation by gcd (sign in the numerator), +, -, *, / as
methods, comparison by cross-multiplication, conversion to float and to a mixed-number str;
harmonic numbers and a continued-fraction expansion of 415/93."""
from rpython.rlib.rfile import write_stdout


def gcd(a, b):
    if a < 0:
        a = -a
    if b < 0:
        b = -b
    while b:
        a, b = b, a % b
    return a


class Fraction(object):
    def __init__(self, num, den):
        if den < 0:
            num = -num
            den = -den
        g = gcd(num, den)
        if g > 1:
            num //= g
            den //= g
        self.num = num
        self.den = den

    def add(self, o):
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    def sub(self, o):
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def mul(self, o):
        return Fraction(self.num * o.num, self.den * o.den)

    def div(self, o):
        return Fraction(self.num * o.den, self.den * o.num)

    def less_than(self, o):
        return self.num * o.den < o.num * self.den

    def to_float(self):
        return float(self.num) / float(self.den)

    def show(self):
        if self.den == 1:
            return str(self.num)
        return "%d/%d" % (self.num, self.den)

    def mixed(self):
        whole = self.num // self.den
        rest = self.num % self.den
        if rest == 0:
            return str(whole)
        if whole == 0:
            return "%d/%d" % (rest, self.den)
        return "%d %d/%d" % (whole, rest, self.den)


def continued_fraction(num, den):
    terms = []
    while den != 0:
        terms.append(str(num // den))
        num, den = den, num % den
    return "[" + ", ".join(terms) + "]"


def entry_point(argv):
    a = Fraction(1, 3)
    b = Fraction(-3, 4)
    c = Fraction(6, -8)
    write_stdout("a=%s b=%s c=%s\n" % (a.show(), b.show(), c.show()))
    write_stdout("a+b=%s a-b=%s a*b=%s a/b=%s\n" % (a.add(b).show(), a.sub(b).show(), a.mul(b).show(), a.div(b).show()))
    write_stdout("b+c=%s b-c=%s\n" % (b.add(c).show(), b.sub(c).show()))
    write_stdout("a<b: %s b<a: %s\n" % (str(a.less_than(b)), str(b.less_than(a))))
    h = Fraction(0, 1)
    for n in range(1, 21):
        h = h.add(Fraction(1, n))
        if n % 5 == 0:
            write_stdout("H(%d) = %s = %s ~ %s\n" % (n, h.show(), h.mixed(), str(h.to_float())))
    write_stdout("415/93 = %s = %s\n" % (continued_fraction(415, 93), Fraction(415, 93).mixed()))
    write_stdout("-7/2 mixed: %s, 7/-2: %s\n" % (Fraction(-7, 2).mixed(), Fraction(7, -2).show()))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
