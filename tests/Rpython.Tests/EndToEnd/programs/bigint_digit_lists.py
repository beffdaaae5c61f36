"""Arbitrary-precision arithmetic on lists of decimal digits (least significant first): addition,
multiplication, factorial of 50, 2**200, Fibonacci(300), comparisons and conversion to strs;
every intermediate value fits a machine int."""
from rpython.rlib.rfile import write_stdout


def from_int(n):
    digits = []
    while n > 0:
        digits.append(n % 10)
        n //= 10
    if not digits:
        digits.append(0)
    return digits


def to_str(d):
    chars = []
    i = len(d) - 1
    while i >= 0:
        chars.append(chr(ord("0") + d[i]))
        i -= 1
    return "".join(chars)


def add(a, b):
    out = []
    carry = 0
    for i in range(max(len(a), len(b))):
        s = carry
        if i < len(a):
            s += a[i]
        if i < len(b):
            s += b[i]
        out.append(s % 10)
        carry = s // 10
    if carry:
        out.append(carry)
    return out


def mul(a, b):
    out = [0] * (len(a) + len(b))
    for i in range(len(a)):
        carry = 0
        for j in range(len(b)):
            t = out[i + j] + a[i] * b[j] + carry
            out[i + j] = t % 10
            carry = t // 10
        k = i + len(b)
        while carry:
            t = out[k] + carry
            out[k] = t % 10
            carry = t // 10
            k += 1
    while len(out) > 1 and out[-1] == 0:
        out.pop()
    return out


def compare(a, b):
    if len(a) != len(b):
        if len(a) < len(b):
            return -1
        return 1
    i = len(a) - 1
    while i >= 0:
        if a[i] != b[i]:
            if a[i] < b[i]:
                return -1
            return 1
        i -= 1
    return 0


def entry_point(argv):
    f = from_int(1)
    for i in range(2, 51):
        f = mul(f, from_int(i))
    write_stdout("50! = %s\n" % to_str(f))
    p = from_int(1)
    two = from_int(2)
    for i in range(200):
        p = mul(p, two)
    write_stdout("2**200 = %s\n" % to_str(p))
    a = from_int(0)
    b = from_int(1)
    for i in range(300):
        a, b = b, add(a, b)
    write_stdout("fib(300) = %s (%d digits)\n" % (to_str(a), len(a)))
    write_stdout("compare: %d %d %d\n" % (compare(f, p), compare(p, f), compare(from_int(12345), from_int(12345))))
    big = from_int(9223372036854775807)
    write_stdout("maxint squared = %s\n" % to_str(mul(big, big)))
    write_stdout("maxint + 1 = %s\n" % to_str(add(big, from_int(1))))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
