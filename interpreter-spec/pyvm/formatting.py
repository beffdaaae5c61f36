"""Number and string helpers that know nothing about W_ objects: float arithmetic with
CPython's edge cases, reprs, hashes, and integer to text in any base."""

import math

INF = 1e300 * 1e300
NAN = INF - INF
HASH_MODULUS = (1 << 61) - 1


def frexp(f):
    """math.frexp (the toolchain does not translate it): f == m * 2**e, 0.5 <= |m| < 1."""
    if f == 0.0 or f != f or f == INF or f == -INF:
        return f, 0
    e = 0
    m = f
    neg = m < 0.0
    if neg:
        m = -m
    while m >= 18446744073709551616.0:
        m *= 5.421010862427522e-20     # 2**-64
        e += 64
    while m < 5.421010862427522e-20:
        m *= 18446744073709551616.0
        e -= 64
    while m >= 1.0:
        m *= 0.5
        e += 1
    while m < 0.5:
        m *= 2.0
        e -= 1
    if neg:
        m = -m
    return m, e


def ldexp(m, e):
    """math.ldexp: m * 2**e."""
    while e > 64:
        m *= 18446744073709551616.0
        e -= 64
        if m == INF or m == -INF:
            return m
    while e < -64:
        m *= 5.421010862427522e-20
        e += 64
        if m == 0.0:
            return m
    if e >= 0:
        return m * float(1 << e) if e < 63 else m * 9223372036854775808.0 * float(1 << (e - 63))
    # e in [-64, -1]: two steps keep it exact unless the result is subnormal
    if e < -32:
        m *= 2.3283064365386963e-10    # 2**-32
        e += 32
    return m / float(1 << (-e))


def float_floor(f):
    """math.floor as a float (the toolchain's math.floor overflows past 2**63: floats that
    large are integers already)."""
    if f != f or f == INF or f == -INF:
        return f
    if f >= 4503599627370496.0 or f <= -4503599627370496.0:
        return f
    return float(math.floor(f))


def float_ceil(f):
    if f != f or f == INF or f == -INF:
        return f
    if f >= 4503599627370496.0 or f <= -4503599627370496.0:
        return f
    return float(math.ceil(f))


def float_fmod(a, b):
    return math.fmod(a, b)


def float_divmod(a, b):
    """Python's divmod for floats (b nonzero)."""
    mod = math.fmod(a, b)
    div = (a - mod) / b
    if mod != 0.0:
        if (b < 0.0) != (mod < 0.0):
            mod += b
            div -= 1.0
    else:
        mod = math.copysign(0.0, b)
    if div != 0.0:
        floordiv = float_floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = math.copysign(0.0, a / b)
    return floordiv, mod


def float_pow(a, b):
    if b == 0.0:
        return 1.0
    if a == 1.0:
        return 1.0
    if a != a or b != b:
        return NAN
    return math.pow(a, b)


def float_hash_frac(f):
    """CPython's hash of a finite float that is not an integer."""
    m, e = frexp(f)
    sign = 1
    if m < 0.0:
        sign = -1
        m = -m
    x = 0
    while m != 0.0:
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28))
        m *= 268435456.0
        e -= 28
        y = int(m)
        m -= float(y)
        x += y
        if x >= HASH_MODULUS:
            x -= HASH_MODULUS
    if e >= 0:
        e = e % 61
    else:
        e = 61 - 1 - ((-1 - e) % 61)
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e))
    x = x * sign
    if x == -1:
        x = -2
    return x


def str_hash(s):
    """A string hash (CPython's is randomised per run, so any good hash will do)."""
    x = 5381
    for c in s:
        x = ((x << 5) + x + ord(c)) & 0xFFFFFFFFFFFFF
    if x == -1:
        x = -2
    return x


def float_repr(f):
    if f != f:
        return "nan"
    if f == INF:
        return "inf"
    if f == -INF:
        return "-inf"
    return str(f)


HEX = "0123456789abcdef"


def is_printable(c):
    o = ord(c)
    if o < 32 or o == 127:
        return False
    if o < 127:
        return True
    if o < 0xa0 or o == 0xad:
        return False
    if 0xd800 <= o < 0xe000:
        return False
    if o == 0x2028 or o == 0x2029 or o == 0x200b or o == 0xfeff:
        return False
    if 0xe000 <= o < 0xf900:
        return False
    return True


def str_repr(s):
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    chars = [quote]
    for c in s:
        if c == quote or c == '\\':
            chars.append('\\')
            chars.append(c)
        elif c == '\n':
            chars.append('\\n')
        elif c == '\r':
            chars.append('\\r')
        elif c == '\t':
            chars.append('\\t')
        elif not is_printable(c):
            o = ord(c)
            if o < 256:
                chars.append('\\x' + HEX[o >> 4] + HEX[o & 15])
            elif o < 65536:
                chars.append('\\u' + hex_digits(o, 4))
            else:
                chars.append('\\U' + hex_digits(o, 8))
        else:
            chars.append(c)
    chars.append(quote)
    return "".join(chars)


def hex_digits(v, width):
    s = ""
    for i in range(width):
        s = HEX[v & 15] + s
        v >>= 4
    return s


def bytes_repr(s):
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    chars = ["b", quote]
    for c in s:
        o = ord(c)
        if c == quote or c == '\\':
            chars.append('\\')
            chars.append(c)
        elif c == '\n':
            chars.append('\\n')
        elif c == '\r':
            chars.append('\\r')
        elif c == '\t':
            chars.append('\\t')
        elif o < 32 or o >= 127:
            chars.append('\\x' + HEX[(o >> 4) & 15] + HEX[o & 15])
        else:
            chars.append(c)
    chars.append(quote)
    return "".join(chars)


def int_to_base(v, base, upper):
    """A machine int in base 2..36 (no prefix)."""
    if v == 0:
        return "0"
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    if upper:
        alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if v < 0:
        return "-" + int_to_base(-v, base, upper)
    chars = []
    while v > 0:
        chars.append(alphabet[v % base])
        v //= base
    chars.reverse()
    return "".join(chars)
