"""How Lox prints a number: exactly what clox's ``printf("%g", value)`` prints (Crafting
Interpreters, chapter 18, "Types of Values": printValue).

``%g`` rounds to 6 significant digits, then writes the number in fixed notation when its
decimal exponent X is in -4 <= X < 6 and in exponential notation (``1e+20``, at least two
exponent digits) otherwise, without trailing zeros or a trailing point.  Infinities are
``inf``/``-inf``, NaNs ``nan``/``-nan`` (by the sign bit, as glibc prints them), and
negative zero is ``-0``.

Rounding must see the double's exact decimal value (``printf`` rounds that, half to
even), so this module computes it: a double is m * 2**e with integers m < 2**53 and e,
whose decimal digits a small bignum gives exactly (m * 2**e, or m * 5**-e shifted by -e
places).  Integral values below 2**53 take a shortcut through plain ints.
"""

import math

PRECISION = 6
"""The significant digits of printf's %g."""

TWO_53 = 9007199254740992.0

LIMB = 1000000000
"""Bignums are lists of base-10**9 limbs, least significant first."""
LIMB_DIGITS = 9


def format_number(x):
    """The text clox prints for the double ``x``."""
    if math.isnan(x):
        if math.copysign(1.0, x) < 0.0:
            return "-nan"
        return "nan"
    if math.isinf(x):
        if x < 0.0:
            return "-inf"
        return "inf"
    sign = ""
    if math.copysign(1.0, x) < 0.0:
        sign = "-"
        x = -x
    if x == 0.0:
        return sign + "0"
    digits, exponent = exact_decimal(x)
    return sign + format_g(digits, exponent)


# ---------------------------------------------------------------- the exact decimal value

def exact_decimal(x):
    """The exact decimal expansion of the positive finite double ``x``: its significant
    digits (a str without leading or trailing zeros) and the decimal exponent of the
    first one, so that x == 0.d1d2d3... * 10 ** (exponent + 1)."""
    if x < TWO_53 and x == math.floor(x):
        digits = int_digits(int(x))
        return strip_zeros(digits), len(digits) - 1
    # x == mantissa * 2 ** binary_exponent, exactly: scaling by 2 never rounds here.
    binary_exponent = 0
    while x >= TWO_53:
        x = x / 2.0
        binary_exponent += 1
    while x != math.floor(x):
        x = x * 2.0
        binary_exponent -= 1
    mantissa = int(x)
    number = bignum_from_int(mantissa)
    if binary_exponent >= 0:
        bignum_mul_pow(number, 2, binary_exponent, 30)
        digits = bignum_digits(number)
        return strip_zeros(digits), len(digits) - 1
    # mantissa / 2**k == mantissa * 5**k / 10**k
    k = -binary_exponent
    bignum_mul_pow(number, 5, k, 13)
    digits = bignum_digits(number)
    return strip_zeros(digits), len(digits) - 1 - k


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
