"""Machine integers: fixed-width signed and unsigned types that wrap around.

This module runs untranslated on CPython.  A plain ``int`` in an RPython program is a
signed machine word (``LONG_BIT`` = 64 bits); CPython's ints never overflow, so code that
relies on wrap-around uses these helpers and types, which compute exactly what the
translated program computes:

* ``intmask(x)`` truncates any integer to a signed word; ``ovfcheck(x op y)`` raises
  OverflowError instead of wrapping;
* ``r_uint`` (unsigned word), ``r_int32``, ``r_uint32``, ... are ``int`` subclasses whose
  arithmetic wraps modulo 2**BITS.  Mixing one with a plain ``int`` gives the machine
  type (``r_uint(1) + 2`` is an ``r_uint``); mixing two machine types of the same
  signedness gives the wider one; mixing with a float gives a float.

The translator maps each type to its low-level integer type (``Signed``, ``Unsigned``,
...), and each function to the corresponding low-level operation.
"""

import math
import struct

from rpython.rlib.rstring import (NumberStringParser, ParseStringError,
                                  ParseStringOverflowError, strip_spaces)

__all__ = [
    'LONG_BIT', 'LONG_MASK', 'LONG_TEST', 'LONGLONG_BIT', 'LONGLONG_MASK', 'maxint',
    'base_int', 'signed_int', 'unsigned_int', 'build_int',
    'r_int', 'r_uint', 'r_longlong', 'r_ulonglong', 'r_int64', 'r_uint64',
    'r_int32', 'r_uint32', 'r_int16', 'r_uint16', 'r_int8', 'r_uint8',
    'r_longlonglong', 'r_ulonglonglong', 'r_singlefloat',
    'intmask', 'longlongmask', 'widen', 'ovfcheck', 'ovfcheck_float_to_int',
    'is_valid_int', 'int_c_div', 'int_c_mod',
    'most_neg_value_of_same_type', 'most_pos_value_of_same_type',
    'most_neg_value_of', 'most_pos_value_of',
    'highest_bit', 'int_between', 'int_force_ge_zero', 'byteswap',
    'string_to_int', 'ParseStringError', 'ParseStringOverflowError',
]

LONG_BIT = 64
"""Bits in a machine word (``Signed``): the width of a plain RPython int."""
LONG_MASK = (1 << LONG_BIT) - 1
"""All ones in a machine word."""
LONG_TEST = 1 << (LONG_BIT - 1)
"""The sign bit of a machine word."""
LONGLONG_BIT = 64
"""Bits in a C ``long long``."""
LONGLONG_MASK = (1 << LONGLONG_BIT) - 1
"""All ones in a ``long long``."""
maxint = LONG_TEST - 1
"""The largest signed machine word, 2**63 - 1 (RPython's ``sys.maxint``)."""


def _wrap(value, bits, signed):
    """Reduce the Python int ``value`` to ``bits`` bits, two's complement if ``signed``."""
    value &= (1 << bits) - 1
    if signed and value >> (bits - 1):
        value -= 1 << bits
    return value


# ---------------------------------------------------------------- the integer types

class base_int(int):
    """Base of the fixed-width integer types; subclasses set BITS and SIGNED.

    Values are stored already wrapped, so comparisons, hashing, ``%d`` and ``str()`` are
    those of the plain integer value.
    """

    __slots__ = ()
    BITS = LONG_BIT
    SIGNED = True
    MASK = LONG_MASK

    def __new__(cls, value=0):
        # int(float) truncates toward zero, as C's float-to-int cast does.
        return int.__new__(cls, _wrap(int(value), cls.BITS, cls.SIGNED))

    def __repr__(self):
        return '%s(%d)' % (type(self).__name__, int(self))

    __str__ = int.__repr__

    # Result type of a binary operation, as the annotator computes it.
    def _restype(self, other):
        if isinstance(other, float):
            return float
        if not isinstance(other, int):
            return None
        if not isinstance(other, base_int) or type(other) is type(self):
            return type(self)
        if other.SIGNED != self.SIGNED:
            raise TypeError("cannot mix %s and %s: signedness differs (use intmask() or "
                            "r_uint() to convert one side)"
                            % (type(self).__name__, type(other).__name__))
        return type(self) if self.BITS >= other.BITS else type(other)

    def _binop(self, other, op):
        restype = self._restype(other)
        if restype is None:
            return NotImplemented
        if restype is float:
            return op(float(self), other)
        return restype(op(int(self), int(other)))

    def _rbinop(self, other, op):
        restype = self._restype(other)
        if restype is None:
            return NotImplemented
        if restype is float:
            return op(other, float(self))
        return restype(op(int(other), int(self)))

    def __add__(self, other): return self._binop(other, _add)
    def __radd__(self, other): return self._rbinop(other, _add)
    def __sub__(self, other): return self._binop(other, _sub)
    def __rsub__(self, other): return self._rbinop(other, _sub)
    def __mul__(self, other): return self._binop(other, _mul)
    def __rmul__(self, other): return self._rbinop(other, _mul)
    def __floordiv__(self, other): return self._binop(other, _floordiv)
    def __rfloordiv__(self, other): return self._rbinop(other, _floordiv)
    def __mod__(self, other): return self._binop(other, _mod)
    def __rmod__(self, other): return self._rbinop(other, _mod)
    def __and__(self, other): return self._binop(other, _and)
    def __rand__(self, other): return self._rbinop(other, _and)
    def __or__(self, other): return self._binop(other, _or)
    def __ror__(self, other): return self._rbinop(other, _or)
    def __xor__(self, other): return self._binop(other, _xor)
    def __rxor__(self, other): return self._rbinop(other, _xor)

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)

    def __truediv__(self, other):
        if not isinstance(other, (int, float)):
            return NotImplemented
        return float(self) / float(other)

    def __rtruediv__(self, other):
        if not isinstance(other, (int, float)):
            return NotImplemented
        return float(other) / float(self)

    # A shift has the type of its left operand, whatever the type of the count.
    def __lshift__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(int(self) << int(other))

    def __rlshift__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return _same_kind(other, int(other) << int(self))

    def __rshift__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        # Python's >> is arithmetic; the stored value is non-negative when unsigned,
        # so this is also C's logical shift for unsigned types.
        return type(self)(int(self) >> int(other))

    def __rrshift__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return _same_kind(other, int(other) >> int(self))

    def __pow__(self, other, modulo=None):
        if not isinstance(other, int):
            return NotImplemented
        if modulo is None:
            return self._binop(other, pow)
        return type(self)(pow(int(self), int(other), int(modulo)))

    def __rpow__(self, other):
        return self._rbinop(other, pow)

    def __neg__(self): return type(self)(-int(self))
    def __pos__(self): return self
    def __invert__(self): return type(self)(~int(self))
    def __abs__(self): return type(self)(abs(int(self)))


def _add(x, y): return x + y
def _sub(x, y): return x - y
def _mul(x, y): return x * y
def _floordiv(x, y): return x // y
def _mod(x, y): return x % y
def _and(x, y): return x & y
def _or(x, y): return x | y
def _xor(x, y): return x ^ y


def _same_kind(left, value):
    """Wrap ``value`` to the type of ``left`` (a plain int wraps to a signed word)."""
    if isinstance(left, base_int):
        return type(left)(value)
    return intmask(value)


class signed_int(base_int):
    """Base of the signed fixed-width types."""
    __slots__ = ()
    SIGNED = True


class unsigned_int(base_int):
    """Base of the unsigned fixed-width types."""
    __slots__ = ()
    SIGNED = False


_inttypes = {}


def build_int(name, sign, bits):
    """Return the integer type with this signedness and width (one class per pair)."""
    sign = bool(sign)
    key = (sign, bits)
    if key not in _inttypes:
        base = signed_int if sign else unsigned_int
        _inttypes[key] = type(name, (base,), {
            'BITS': bits, 'SIGNED': sign, 'MASK': (1 << bits) - 1,
            '__slots__': (), '__module__': __name__,
            '__doc__': '%s %d-bit machine integer (wraps around).'
                       % ('Signed' if sign else 'Unsigned', bits)})
    return _inttypes[key]


# On a 64-bit machine a word and a long long are the same type, as in RPython.
r_int = build_int('r_int', True, LONG_BIT)
r_uint = build_int('r_uint', False, LONG_BIT)
r_longlong = build_int('r_longlong', True, 64)
r_ulonglong = build_int('r_ulonglong', False, 64)
r_int64 = build_int('r_int64', True, 64)
r_uint64 = build_int('r_uint64', False, 64)
r_int32 = build_int('r_int32', True, 32)
r_uint32 = build_int('r_uint32', False, 32)
r_int16 = build_int('r_int16', True, 16)
r_uint16 = build_int('r_uint16', False, 16)
r_int8 = build_int('r_int8', True, 8)
r_uint8 = build_int('r_uint8', False, 8)
r_longlonglong = build_int('r_longlonglong', True, 128)
r_ulonglonglong = build_int('r_ulonglonglong', False, 128)


class r_singlefloat(object):
    """A C ``float`` (32 bits).  No arithmetic: convert with ``float(x)`` first."""

    __slots__ = ('_bytes',)

    def __init__(self, floatval):
        # Round to single precision now, exactly as storing into a C float does.
        self._bytes = struct.pack('f', float(floatval))

    def __float__(self):
        return struct.unpack('f', self._bytes)[0]

    def __eq__(self, other):
        return type(other) is type(self) and other._bytes == self._bytes

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._bytes)

    def __bool__(self):
        raise TypeError("r_singlefloat has no truth value: use float(x)")

    def __repr__(self):
        return 'r_singlefloat(%r)' % (float(self),)


# ---------------------------------------------------------------- conversions

def intmask(n):
    """Truncate an integer (or a float, toward zero) to a signed machine word.

    ``intmask(2**63) == -2**63``; ``intmask(r_uint(-1)) == -1``.
    """
    if isinstance(n, (int, float)):
        return _wrap(int(n), LONG_BIT, True)
    from rpython.rlib.objectmodel import Symbolic
    if isinstance(n, Symbolic):
        return n        # a value only the translated program knows
    raise TypeError("intmask() needs an integer, got %s" % (type(n).__name__,))


def longlongmask(n):
    """Truncate an integer to a signed ``long long`` (an ``r_longlong``)."""
    return r_longlong(n)


def widen(n):
    """Widen an integer narrower than a word to a plain int; leave others unchanged.

    ``widen(r_int32(-1)) == -1`` (an int); ``widen(r_uint(1))`` stays an ``r_uint``.
    """
    if isinstance(n, bool):
        return int(n)
    if isinstance(n, base_int) and n.BITS < LONG_BIT:
        return int(n)
    return n


def is_valid_int(r):
    """True if ``r`` is an integer that fits a signed machine word."""
    return isinstance(r, int) and -maxint - 1 <= r <= maxint


def ovfcheck(r):
    """Return ``r`` if it fits a signed word, else raise OverflowError.

    Use it around exactly one operation, ``ovfcheck(x + y)``: translated, the operation
    itself is checked, so ``ovfcheck(x * y + z)`` would only check the addition.
    """
    if not isinstance(r, int):
        raise TypeError("ovfcheck() needs an integer, got %s" % (type(r).__name__,))
    if isinstance(r, base_int) and not r.SIGNED:
        raise TypeError("ovfcheck() of an unsigned value: unsigned arithmetic wraps")
    if not is_valid_int(r):
        raise OverflowError("signed integer expression did overflow")
    return r


def ovfcheck_float_to_int(x):
    """Convert a float to an int, truncating; OverflowError if it does not fit a word."""
    if math.isnan(x):
        raise OverflowError("cannot convert float NaN to a machine integer")
    if not -9223372036854775808.0 <= x < 9223372036854775808.0:
        raise OverflowError("float too large to convert to a machine integer")
    return int(x)


def int_c_div(x, y):
    """Integer division rounding toward zero, as C does (``//`` rounds down)."""
    q = abs(x) // abs(y)
    if (x < 0) != (y < 0):
        q = -q
    return intmask(q)


def int_c_mod(x, y):
    """The remainder of ``int_c_div``: it has the sign of ``x``, as C's ``%``."""
    r = abs(x) % abs(y)
    if x < 0:
        r = -r
    return intmask(r)


# ---------------------------------------------------------------- type limits

def _bits_and_sign(tp):
    if tp is bool:
        return 1, False
    if tp is int:
        return LONG_BIT, True
    if isinstance(tp, type) and issubclass(tp, base_int):
        return tp.BITS, tp.SIGNED
    raise TypeError("not an integer type: %r" % (tp,))


def most_neg_value_of(tp):
    """The smallest value of the integer type ``tp`` (``int``, ``r_uint``, ...)."""
    bits, signed = _bits_and_sign(tp)
    if not signed:
        return tp(0)
    return tp(-(1 << (bits - 1)))


def most_pos_value_of(tp):
    """The largest value of the integer type ``tp`` (``int``, ``r_uint``, ...)."""
    bits, signed = _bits_and_sign(tp)
    if tp is bool:
        return True
    if signed:
        bits -= 1
    return tp((1 << bits) - 1)


def most_neg_value_of_same_type(x):
    """The smallest value of the integer type of ``x``."""
    return most_neg_value_of(type(x))


def most_pos_value_of_same_type(x):
    """The largest value of the integer type of ``x``."""
    return most_pos_value_of(type(x))


# ---------------------------------------------------------------- bit tricks

def highest_bit(n):
    """The index of the single set bit of ``n``, which must be a power of two (8 -> 3)."""
    if n <= 0 or n & (n - 1):
        raise ValueError("highest_bit() needs a power of two, got %d" % (n,))
    return int(n).bit_length() - 1


def int_between(n, m, p):
    """``n <= m < p`` (half-open, like ``range``): the JIT turns it into one unsigned compare."""
    return n <= m < p


def int_force_ge_zero(n):
    """``n`` if ``n >= 0``, else 0 (the JIT knows the result is non-negative)."""
    return n if n >= 0 else 0


def byteswap(arg):
    """Reverse the bytes of an integer (in its type's width) or of a float's bits."""
    if isinstance(arg, float):
        return struct.unpack('<d', struct.pack('>d', arg))[0]
    if isinstance(arg, r_singlefloat):
        return r_singlefloat(struct.unpack('<f', struct.pack('>f', float(arg)))[0])
    bits, signed = _bits_and_sign(type(arg) if isinstance(arg, base_int) else int)
    nbytes = bits // 8
    raw = (int(arg) & ((1 << bits) - 1)).to_bytes(nbytes, 'big')
    swapped = _wrap(int.from_bytes(raw, 'little'), bits, signed)
    if isinstance(arg, base_int):
        return type(arg)(swapped)
    return swapped


# ---------------------------------------------------------------- parsing

def string_to_int(s, base=10, allow_underscores=False, no_implicit_octal=False):
    """Parse an integer literal (outer whitespace, a sign, a base prefix allowed).

    ``base`` 0 takes the base from a ``0x``/``0o``/``0b`` prefix, as ``int(s, 0)``.
    Raises ParseStringError for an invalid literal and ParseStringOverflowError when the
    value does not fit a signed machine word.
    """
    literal = s = strip_spaces(s)
    parser = NumberStringParser(s, literal, base, 'int',
                                allow_underscores, no_implicit_octal)
    result = 0
    while True:
        digit = parser.next_digit()
        if digit < 0:
            return result
        # Accumulating with the sign applied lets -2**63 parse without overflowing.
        try:
            result = ovfcheck(result * parser.base)
            result = ovfcheck(result + digit * parser.sign)
        except OverflowError:
            parser.rewind()
            raise ParseStringOverflowError(parser)
