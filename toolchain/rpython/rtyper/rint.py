"""Low-level helpers of machine integers (after RPython's rpython/rtyper/rint.py): what the RTyper
cannot lower to one operation.

Shifts by a count known only at run time: Python raises ValueError for a negative count, and for
a count of 64 or more its ``>>`` gives the sign (0 or -1) while its ``<<`` needs a long integer,
whose low word (what ``intmask`` would keep) is 0.  The machine shifts only see the count's low
six bits, so these helpers check it first; inside them ``x << y`` is the machine shift itself.

``x ** y`` on ints, which RPython itself rejects: computed by repeated squaring, wrapping around
as ``*`` does, or raising OverflowError under ``ovfcheck``.  A negative exponent raises
ValueError: CPython's result would be a float, which an int cannot hold.

``min`` and ``max`` of numbers (ints, r_uints or floats, one copy per type): CPython keeps the
first of equal values and compares each next value with ``<`` (``min``) or ``>`` (``max``), so
a NaN stays when it comes first and is passed over when it comes later.
"""

from rpython.rlib.rarithmetic import ovfcheck, r_uint


def ll_int_lshift(x, y):
    if y < 0:
        raise ValueError
    if y >= 64:
        return 0
    return x << y


def ll_int_lshift_ovf(x, y):
    if y < 0:
        raise ValueError
    if y >= 64:
        if x == 0:
            return 0
        raise OverflowError
    return ovfcheck(x << y)


def ll_int_rshift(x, y):
    if y < 0:
        raise ValueError
    if y >= 64:
        y = 63
    return x >> y


def ll_uint_lshift(x, y):
    if y < 0:
        raise ValueError
    if y >= 64:
        return r_uint(0)
    return x << y


def ll_uint_rshift(x, y):
    if y < 0:
        raise ValueError
    if y >= 64:
        return r_uint(0)
    return x >> y


def ll_int_pow(x, y):
    if y < 0:
        raise ValueError
    result = 1
    while y > 0:
        if y & 1:
            result = result * x
        y = y >> 1
        x = x * x
    return result


def ll_int_pow_ovf(x, y):
    # x * x is not computed after the last bit: it may overflow where the result does not.
    if y < 0:
        raise ValueError
    result = 1
    while y > 0:
        if y & 1:
            result = ovfcheck(result * x)
        y = y >> 1
        if y > 0:
            x = ovfcheck(x * x)
    return result


def ll_min(a, b):
    if b < a:
        return b
    return a


def ll_max(a, b):
    if b > a:
        return b
    return a
