"""Numbers as text, as clox converts them with the C library: ``parse_number`` reads a
number literal as ``strtod`` does (correctly rounded; chapter 17, "Compiling Expressions":
number()), ``format_number`` prints a number as ``printf("%g", value)`` does (chapter 18,
"Types of Values": printValue).

``%g`` rounds to 6 significant digits, then writes the number in fixed notation when its
decimal exponent X is in -4 <= X < 6 and in exponential notation (``1e+20``, at least two
exponent digits) otherwise, without trailing zeros or a trailing point.  Infinities are
``inf``/``-inf``, NaNs ``nan``/``-nan`` (by the sign bit, as glibc prints them), and
negative zero is ``-0``.

Rounding must see the double's exact decimal value (``printf`` rounds that, half to
even), so this module computes it: a double is m * 2**e with integers m < 2**53 and e,
whose decimal digits a small bignum gives exactly (m * 2**e, or m * 5**-e shifted by -e
places).  Integral values below 2**53 take a shortcut through plain ints.

Parsing takes the classic fast path when the literal has at most 15 significant digits and
a power of ten up to 10**22 scales it (one correctly rounded operation on exact operands);
otherwise it starts from an approximation and moves it one ulp at a time while the
literal's exact decimal value lies beyond the midpoint to a neighbouring double.
"""

import math


PRECISION = 6
"""The significant digits of printf's %g."""

TWO_53 = 9007199254740992.0

LIMB = 1000000000
"""Bignums are lists of base-10**9 limbs, least significant first."""
LIMB_DIGITS = 9


def sign_bit(x):
    """Whether the sign bit of the double ``x`` is set: true for negative numbers and -0.0
    (and, untranslated, for NaNs with the sign set)."""
    return math.copysign(1.0, x) < 0.0


def format_number(x):
    """The text clox prints for the double ``x``."""
    if x != x:              # NaN
        if sign_bit(x):
            return "-nan"
        return "nan"
    if x == math.inf or x == -math.inf:
        if x < 0.0:
            return "-inf"
        return "inf"
    sign = ""
    if sign_bit(x):
        sign = "-"
        x = -x
    if x == 0.0:
        return sign + "0"
    digits, exponent = exact_decimal(x)
    return sign + format_g(digits, exponent)


# ---------------------------------------------------------------- number literals

TWO_52 = 4503599627370496
MIN_EXPONENT = -1074
"""The binary exponent of the smallest subnormal double's unit (2**-1074)."""


def parse_number(text):
    """The double nearest to the Lox number literal ``text`` (digits, optionally a point
    and more digits), ties to even -- what strtod returns."""
    point = text.find('.')
    if point < 0:
        int_part = text
        all_digits = text
    else:
        int_part = text[:point]
        all_digits = int_part + text[point + 1:]
    start = 0
    while start < len(all_digits) and all_digits[start] == '0':
        start += 1
    if start == len(all_digits):
        return 0.0
    digits = strip_zeros(all_digits[start:])
    exponent = len(int_part) - 1 - start        # of the first significant digit
    # value == int(digits) * 10 ** scale
    scale = exponent - len(digits) + 1
    if len(digits) <= 15 and -22 <= scale <= 22:
        value = float(int(digits))
        if scale >= 0:
            return value * power_of_ten(scale)
        return value / power_of_ten(-scale)
    if exponent > 308:
        return math.inf
    return correct(approximate(digits, scale), digits, exponent)


def power_of_ten(n):
    """10.0 ** n for 0 <= n <= 22 (exact)."""
    result = 1.0
    for i in range(n):
        result *= 10.0
    return result


def approximate(digits, scale):
    """int(digits) * 10 ** scale within a few ulps (or 0.0 / inf near the limits)."""
    kept = digits[:17]
    scale += len(digits) - len(kept)
    value = float(int(kept))
    while scale > 22:
        value *= 1e22
        scale -= 22
    while scale < -22:
        value /= 1e22
        scale += 22
    if scale >= 0:
        return value * power_of_ten(scale)
    return value / power_of_ten(-scale)


def correct(z, digits, exponent):
    """Move the double ``z`` to the one nearest the decimal 0.digits * 10**(exponent+1)."""
    if z == math.inf:
        z = 1.7976931348623157e308
    while True:
        if z == 0.0:
            mantissa, binary_exponent = 0, MIN_EXPONENT
        else:
            mantissa, binary_exponent = normalized(z)
        # Above the midpoint to the next double up (ties: to the even mantissa)?
        up = compare_decimal(digits, exponent,
                             decimal_of(2 * mantissa + 1, binary_exponent - 1))
        if up > 0 or (up == 0 and mantissa % 2 == 1):
            if mantissa + 1 == 2 * TWO_52 and binary_exponent == 971:
                return math.inf
            z = make_double(mantissa + 1, binary_exponent)
            continue
        if mantissa == 0:
            return z
        # Below the midpoint to the next double down?
        if mantissa == TWO_52 and binary_exponent > MIN_EXPONENT:
            below = decimal_of(4 * mantissa - 1, binary_exponent - 2)
            down_mantissa, down_exponent = 2 * TWO_52 - 1, binary_exponent - 1
        else:
            below = decimal_of(2 * mantissa - 1, binary_exponent - 1)
            down_mantissa, down_exponent = mantissa - 1, binary_exponent
        down = compare_decimal(digits, exponent, below)
        if down < 0 or (down == 0 and mantissa % 2 == 1):
            z = make_double(down_mantissa, down_exponent)
            continue
        return z


def normalized(x):
    """(m, e) with x == m * 2**e, 2**52 <= m < 2**53 (or e == -1074 for subnormals)."""
    e = 0
    while x >= TWO_53:
        x = x / 2.0
        e += 1
    while x < TWO_53 / 2.0 and e > MIN_EXPONENT:
        x = x * 2.0
        e -= 1
    return int(x), e


def make_double(mantissa, binary_exponent):
    """mantissa * 2.0 ** binary_exponent, for a representable result (exact)."""
    x = float(mantissa)
    while binary_exponent > 0:
        x *= 2.0
        binary_exponent -= 1
    while binary_exponent < 0:
        x *= 0.5
        binary_exponent += 1
    return x


def decimal_of(mantissa, binary_exponent):
    """The exact decimal of mantissa * 2**binary_exponent (mantissa >= 1), as
    exact_decimal gives it."""
    # mantissa / 2**k == mantissa * 5**k / 10**k
    number = bignum_from_int(mantissa)
    if binary_exponent >= 0:
        bignum_mul_pow(number, 2, binary_exponent, 30)
        digits = bignum_digits(number)
        return strip_zeros(digits), len(digits) - 1
    k = -binary_exponent
    bignum_mul_pow(number, 5, k, 13)
    digits = bignum_digits(number)
    return strip_zeros(digits), len(digits) - 1 - k


def compare_decimal(digits, exponent, other):
    """-1, 0 or 1 as 0.digits * 10**exponent is below, equal to or above ``other`` (a
    (digits, exponent) pair); digit strings have no leading or trailing zeros."""
    other_digits, other_exponent = other
    if exponent != other_exponent:
        return 1 if exponent > other_exponent else -1
    n = len(digits)
    if len(other_digits) < n:
        n = len(other_digits)
    for i in range(n):
        if digits[i] != other_digits[i]:
            return 1 if digits[i] > other_digits[i] else -1
    if len(digits) == len(other_digits):
        return 0
    return 1 if len(digits) > len(other_digits) else -1


# ---------------------------------------------------------------- the exact decimal value

def exact_decimal(x):
    """The exact decimal expansion of the positive finite double ``x``: its significant
    digits (a str without leading or trailing zeros) and the decimal exponent of the
    first one, so that x == 0.d1d2d3... * 10 ** (exponent + 1)."""
    if x < TWO_53 and x == float(int(x)):
        digits = int_digits(int(x))
        return strip_zeros(digits), len(digits) - 1
    # x == mantissa * 2 ** binary_exponent, exactly: scaling by 2 never rounds here.
    binary_exponent = 0
    while x >= TWO_53:
        x = x / 2.0
        binary_exponent += 1
    while x != float(int(x)):       # x < 2**53 here
        x = x * 2.0
        binary_exponent -= 1
    return decimal_of(int(x), binary_exponent)


def int_digits(n):
    """The decimal digits of the int ``n`` >= 1."""
    chars = []
    while n > 0:
        chars.append(chr(ord('0') + n % 10))
        n = n // 10
    chars.reverse()
    return "".join(chars)


def strip_zeros(digits):
    """``digits`` without its trailing zeros (it has a nonzero digit)."""
    end = len(digits)
    while end > 1 and digits[end - 1] == '0':
        end -= 1
    return digits[:end]


def bignum_from_int(n):
    limbs = []
    while n > 0:
        limbs.append(n % LIMB)
        n = n // LIMB
    return limbs


def bignum_mul_small(limbs, factor):
    """limbs *= factor, in place (factor * LIMB must fit a machine word)."""
    carry = 0
    for i in range(len(limbs)):
        product = limbs[i] * factor + carry
        limbs[i] = product % LIMB
        carry = product // LIMB
    while carry > 0:
        limbs.append(carry % LIMB)
        carry = carry // LIMB


def bignum_mul_pow(limbs, base, exponent, step):
    """limbs *= base ** exponent, ``step`` powers at a time (base ** step < 2**31)."""
    chunk = 1
    for i in range(step):
        chunk *= base
    while exponent >= step:
        bignum_mul_small(limbs, chunk)
        exponent -= step
    rest = 1
    for i in range(exponent):
        rest *= base
    if rest > 1:
        bignum_mul_small(limbs, rest)


def bignum_digits(limbs):
    """The decimal digits of a nonzero bignum, without leading zeros."""
    top = len(limbs) - 1
    pieces = [int_digits(limbs[top])]
    i = top - 1
    while i >= 0:
        limb = int_digits(limbs[i]) if limbs[i] > 0 else ""
        pieces.append("0" * (LIMB_DIGITS - len(limb)) + limb)
        i -= 1
    return "".join(pieces)


# ---------------------------------------------------------------- %g

def format_g(digits, exponent):
    """%g of the positive number 0.``digits`` * 10 ** (``exponent`` + 1)."""
    if len(digits) > PRECISION:
        digits, exponent = round_digits(digits, exponent)
    if -4 <= exponent < PRECISION:
        if exponent < 0:
            return "0." + "0" * (-exponent - 1) + digits
        if len(digits) <= exponent + 1:
            return digits + "0" * (exponent + 1 - len(digits))
        return digits[:exponent + 1] + "." + digits[exponent + 1:]
    text = digits[:1]
    if len(digits) > 1:
        text += "." + digits[1:]
    if exponent < 0:
        text += "e-"
        exponent = -exponent
    else:
        text += "e+"
    if exponent < 10:
        text += "0"
    return text + int_digits(exponent)


def round_digits(digits, exponent):
    """Round ``digits`` to PRECISION significant digits, half to even, and strip trailing
    zeros (the exponent grows by one when 999999.5 becomes 1000000)."""
    kept = digits[:PRECISION]
    first_dropped = digits[PRECISION]
    round_up = False
    if first_dropped > '5':
        round_up = True
    elif first_dropped == '5':
        # Exactly half when nothing nonzero follows: then round to the even digit
        # (digits has no trailing zeros, so anything after the 5 is nonzero).
        if len(digits) > PRECISION + 1:
            round_up = True
        else:
            round_up = (ord(kept[PRECISION - 1]) - ord('0')) % 2 == 1
    if not round_up:
        return strip_zeros(kept), exponent
    chars = []
    for c in kept:
        chars.append(c)
    i = PRECISION - 1
    while i >= 0 and chars[i] == '9':
        chars[i] = '0'
        i -= 1
    if i < 0:
        return "1", exponent + 1
    chars[i] = chr(ord(chars[i]) + 1)
    return strip_zeros("".join(chars)), exponent
