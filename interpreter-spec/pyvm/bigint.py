"""Arbitrary-precision integers in RPython (PyPy's rbigint, much simplified).

A BigInt is a sign (-1, 0, 1) and a magnitude: a list of digits in base 2**30, least
significant first, without leading zeros (zero has no digits).  Division is Knuth's
algorithm D; bitwise operations on negative numbers work on the two's complement.
"""

import math
import formatting

SHIFT = 30
BASE = 1 << SHIFT
MASK = BASE - 1
HASH_MODULUS = (1 << 61) - 1


def _normalize(digits):
    while len(digits) > 0 and digits[len(digits) - 1] == 0:
        digits.pop()
    return digits


def _cmp_mag(a, b):
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


def _add_mag(a, b):
    if len(a) < len(b):
        a, b = b, a
    result = []
    carry = 0
    for i in range(len(a)):
        t = a[i] + carry
        if i < len(b):
            t += b[i]
        result.append(t & MASK)
        carry = t >> SHIFT
    if carry:
        result.append(carry)
    return result


def _sub_mag(a, b):
    """a - b for |a| >= |b|."""
    result = []
    borrow = 0
    for i in range(len(a)):
        t = a[i] - borrow
        if i < len(b):
            t -= b[i]
        if t < 0:
            t += BASE
            borrow = 1
        else:
            borrow = 0
        result.append(t)
    return _normalize(result)


def _mul_mag(a, b):
    if len(a) == 0 or len(b) == 0:
        return []
    result = [0] * (len(a) + len(b))
    for i in range(len(a)):
        ai = a[i]
        if ai == 0:
            continue
        carry = 0
        k = i
        for j in range(len(b)):
            t = result[k] + ai * b[j] + carry
            result[k] = t & MASK
            carry = t >> SHIFT
            k += 1
        while carry:
            t = result[k] + carry
            result[k] = t & MASK
            carry = t >> SHIFT
            k += 1
    return _normalize(result)


def _divmod_small(a, d):
    """(a // d, a % d) for a magnitude a and 0 < d < BASE."""
    q = [0] * len(a)
    rem = 0
    i = len(a) - 1
    while i >= 0:
        t = (rem << SHIFT) | a[i]
        q[i] = t // d
        rem = t % d
        i -= 1
    return _normalize(q), rem


def _mul_small_add(a, m, add):
    result = []
    carry = add
    for i in range(len(a)):
        t = a[i] * m + carry
        result.append(t & MASK)
        carry = t >> SHIFT
    while carry:
        result.append(carry & MASK)
        carry >>= SHIFT
    return _normalize(result)


def _bit_length_digit(d):
    n = 0
    while d:
        d >>= 1
        n += 1
    return n


def _shl_mag(a, n):
    if len(a) == 0:
        return []
    wshift = n // SHIFT
    bshift = n % SHIFT
    result = [0] * wshift
    carry = 0
    for d in a:
        t = (d << bshift) | carry
        result.append(t & MASK)
        carry = t >> SHIFT
    if carry:
        result.append(carry)
    return _normalize(result)


def _shr_mag(a, n):
    wshift = n // SHIFT
    bshift = n % SHIFT
    if wshift >= len(a):
        return []
    result = []
    for i in range(wshift, len(a)):
        d = a[i] >> bshift
        if i + 1 < len(a) and bshift > 0:
            d |= (a[i + 1] << (SHIFT - bshift)) & MASK
        result.append(d)
    return _normalize(result)


def _divmod_mag(a, b):
    """(q, r) magnitudes of a // b, a % b (b nonzero)."""
    if _cmp_mag(a, b) < 0:
        return [], list(a)
    if len(b) == 1:
        q, r = _divmod_small(a, b[0])
        if r == 0:
            return q, []
        return q, [r]
    shift = SHIFT - _bit_length_digit(b[len(b) - 1])
    v = _shl_mag(b, shift)
    u = _shl_mag(a, shift)
    while len(u) < len(a) + 1:
        u.append(0)
    n = len(v)
    m = len(u) - n
    q = [0] * m
    vtop = v[n - 1]
    vnext = v[n - 2]
    j = m - 1
    while j >= 0:
        num = (u[j + n] << SHIFT) | u[j + n - 1]
        qhat = num // vtop
        rhat = num % vtop
        while qhat >= BASE or qhat * vnext > ((rhat << SHIFT) | u[j + n - 2]):
            qhat -= 1
            rhat += vtop
            if rhat >= BASE:
                break
        borrow = 0
        carry = 0
        for i in range(n):
            p = qhat * v[i] + carry
            carry = p >> SHIFT
            t = u[i + j] - (p & MASK) - borrow
            if t < 0:
                t += BASE
                borrow = 1
            else:
                borrow = 0
            u[i + j] = t
        t = u[j + n] - carry - borrow
        if t < 0:
            qhat -= 1
            carry = 0
            for i in range(n):
                t2 = u[i + j] + v[i] + carry
                u[i + j] = t2 & MASK
                carry = t2 >> SHIFT
            u[j + n] = (t + carry) & MASK
        else:
            u[j + n] = t
        q[j] = qhat
        j -= 1
    r = _shr_mag(_normalize(u[:n]), shift)
    return _normalize(q), r


class BigInt(object):
    _immutable_fields_ = ['sign', 'digits[*]']

    def __init__(self, sign, digits):
        if len(digits) == 0:
            sign = 0
        self.sign = sign
        self.digits = digits

    @staticmethod
    def fromint(i):
        if i == 0:
            return BigInt(0, [])
        if i > 0:
            digits = []
            while i > 0:
                digits.append(i & MASK)
                i >>= SHIFT
            return BigInt(1, digits)
        v = -(i + 1)
        digits = []
        while v > 0:
            digits.append(v & MASK)
            v >>= SHIFT
        return BigInt(-1, _add_mag(digits, [1]))

    @staticmethod
    def fromfloat(f):
        """The integer part of a finite float."""
        if f < 0.0:
            return BigInt.fromfloat(-f).neg()
        if f < 1.0:
            return BigInt(0, [])
        m, e = formatting.frexp(f)
        mant = int(m * 9007199254740992.0)   # 2**53
        r = BigInt.fromint(mant)
        e -= 53
        if e > 0:
            return r.lshift(e)
        return r.rshift(-e)

    @staticmethod
    def fromdecimal(s):
        """s: decimal digits only."""
        mag = []
        i = 0
        n = len(s)
        first = n % 9
        if first == 0:
            first = 9
        chunk_end = first
        while i < n:
            chunk = 0
            mult = 1
            while i < chunk_end:
                chunk = chunk * 10 + (ord(s[i]) - 48)
                mult *= 10
                i += 1
            mag = _mul_small_add(mag, mult, chunk)
            chunk_end += 9
        return BigInt(1, mag)

    @staticmethod
    def fromdigits(values, base):
        """values: digit values (each < base), most significant first."""
        mag = []
        for v in values:
            mag = _mul_small_add(mag, base, v)
        return BigInt(1, mag)

    def iszero(self):
        return self.sign == 0

    def is_one(self):
        return self.sign == 1 and len(self.digits) == 1 and self.digits[0] == 1

    def numdigits(self):
        return len(self.digits)

    def fits_int(self):
        n = len(self.digits)
        if n <= 2:
            return True
        if n > 3:
            return False
        top = self.digits[2]
        if top < 8:
            return True
        return self.sign < 0 and top == 8 and self.digits[1] == 0 and self.digits[0] == 0

    def toint(self):
        v = 0
        i = len(self.digits) - 1
        while i >= 0:
            v = v * BASE - self.digits[i]
            i -= 1
        if self.sign > 0:
            return -v
        return v

    def bit_length(self):
        n = len(self.digits)
        if n == 0:
            return 0
        return (n - 1) * SHIFT + _bit_length_digit(self.digits[n - 1])

    def tofloat(self):
        nbits = self.bit_length()
        if nbits <= 53:
            f = 0.0
            i = len(self.digits) - 1
            while i >= 0:
                f = f * float(BASE) + float(self.digits[i])
                i -= 1
            if self.sign < 0:
                return -f
            return f
        if nbits > 1024:
            raise OverflowError
        drop = nbits - 55
        top = _shr_mag(self.digits, drop)
        m = BigInt(1, top).toint()
        # sticky bit: any of the dropped bits set
        low = _sub_mag(self.digits, _shl_mag(top, drop))
        if len(low) > 0:
            m |= 1
        q = m >> 2
        rem = m & 3
        if rem > 2 or (rem == 2 and (q & 1) == 1):
            q += 1
        f = formatting.ldexp(float(q), drop + 2)
        if f == f * 2.0 and f != 0.0:
            raise OverflowError
        if self.sign < 0:
            return -f
        return f

    def neg(self):
        return BigInt(-self.sign, self.digits)

    def abs(self):
        if self.sign < 0:
            return BigInt(1, self.digits)
        return self

    def add(self, other):
        if self.sign == 0:
            return other
        if other.sign == 0:
            return self
        if self.sign == other.sign:
            return BigInt(self.sign, _add_mag(self.digits, other.digits))
        c = _cmp_mag(self.digits, other.digits)
        if c == 0:
            return BigInt(0, [])
        if c > 0:
            return BigInt(self.sign, _sub_mag(self.digits, other.digits))
        return BigInt(other.sign, _sub_mag(other.digits, self.digits))

    def sub(self, other):
        return self.add(other.neg())

    def mul(self, other):
        return BigInt(self.sign * other.sign, _mul_mag(self.digits, other.digits))

    def divmod(self, other):
        """Floor division and modulo, as Python's divmod (other nonzero)."""
        q, r = _divmod_mag(self.digits, other.digits)
        qb = BigInt(self.sign * other.sign, q)
        rb = BigInt(self.sign, r)
        if rb.sign != 0 and rb.sign != other.sign:
            qb = qb.sub(BigInt.fromint(1))
            rb = rb.add(other)
        return qb, rb

    def truediv(self, other):
        """self / other as a float, correctly rounded in the common cases."""
        a = self.abs()
        b = other.abs()
        if a.bit_length() <= 53 and b.bit_length() <= 53:
            f = a.tofloat() / b.tofloat()
        else:
            # scale so that the quotient has 55+ significant bits, then round
            shift = b.bit_length() - a.bit_length() + 55
            if shift > 0:
                q, r = _divmod_mag(a.lshift(shift).digits, b.digits)
            else:
                q, r = _divmod_mag(a.digits, b.lshift(-shift).digits)
            qb = BigInt(1, q)
            if len(r) > 0:
                qb = BigInt(1, _add_mag(_shl_mag(q, 1), [1]))
                shift += 1
            try:
                f = qb.tofloat()
            except OverflowError:
                raise
            f = formatting.ldexp(f, -shift)
            if f == f * 2.0 and f != 0.0:
                raise OverflowError
        if self.sign * other.sign < 0:
            return -f
        return f

    def compare(self, other):
        if self.sign != other.sign:
            if self.sign < other.sign:
                return -1
            return 1
        c = _cmp_mag(self.digits, other.digits)
        if self.sign < 0:
            return -c
        return c

    def lshift(self, n):
        return BigInt(self.sign, _shl_mag(self.digits, n))

    def rshift(self, n):
        if self.sign >= 0:
            return BigInt(self.sign, _shr_mag(self.digits, n))
        # floor: -((|x| - 1) >> n) - 1
        m = _sub_mag(self.digits, [1])
        r = _shr_mag(m, n)
        return BigInt(-1, _add_mag(r, [1]))

    def invert(self):
        return self.neg().sub(BigInt.fromint(1))

    def _twos(self, ndigits):
        """The two's complement digits of self, ndigits long."""
        if self.sign >= 0:
            d = list(self.digits)
            while len(d) < ndigits:
                d.append(0)
            return d
        m = _sub_mag(self.digits, [1])
        d = []
        for i in range(ndigits):
            if i < len(m):
                d.append(m[i] ^ MASK)
            else:
                d.append(MASK)
        return d

    def _bitop(self, other, op):
        n = max(len(self.digits), len(other.digits)) + 1
        a = self._twos(n)
        b = other._twos(n)
        sa = 1 if self.sign < 0 else 0
        sb = 1 if other.sign < 0 else 0
        r = []
        for i in range(n):
            if op == 0:
                r.append(a[i] & b[i])
            elif op == 1:
                r.append(a[i] | b[i])
            else:
                r.append(a[i] ^ b[i])
        if op == 0:
            sr = sa & sb
        elif op == 1:
            sr = sa | sb
        else:
            sr = sa ^ sb
        if sr == 0:
            return BigInt(1, _normalize(r))
        inv = []
        for d in r:
            inv.append(d ^ MASK)
        mag = _add_mag(_normalize(inv), [1])
        return BigInt(-1, mag)

    def and_(self, other):
        return self._bitop(other, 0)

    def or_(self, other):
        return self._bitop(other, 1)

    def xor(self, other):
        return self._bitop(other, 2)

    def pow(self, e):
        result = BigInt.fromint(1)
        base = self
        while e > 0:
            if e & 1:
                result = result.mul(base)
            e >>= 1
            if e > 0:
                base = base.mul(base)
        return result

    def powmod(self, e, m):
        """self ** e % m for e >= 0, m nonzero (Python's sign rules)."""
        result = BigInt.fromint(1)
        base = self.divmod(m)[1]
        ed = e
        bits = ed.bit_length()
        for i in range(bits):
            if ed.test_bit(i):
                result = result.mul(base).divmod(m)[1]
            base = base.mul(base).divmod(m)[1]
        return result.divmod(m)[1]

    def test_bit(self, i):
        w = i // SHIFT
        if w >= len(self.digits):
            return False
        return (self.digits[w] >> (i % SHIFT)) & 1 == 1

    def hash(self):
        x = 0
        i = len(self.digits) - 1
        while i >= 0:
            x = ((x << SHIFT) & HASH_MODULUS) | (x >> (61 - SHIFT))
            x += self.digits[i]
            if x >= HASH_MODULUS:
                x -= HASH_MODULUS
            i -= 1
        if self.sign < 0:
            x = -x
        if x == -1:
            x = -2
        return x

    def str(self):
        return self.format_base(10)

    def format_base(self, base):
        if self.sign == 0:
            return "0"
        chunks = []
        mag = self.digits
        if base == 10:
            while len(mag) > 0:
                mag, r = _divmod_small(mag, 1000000000)
                chunks.append(r)
            parts = []
            i = len(chunks) - 1
            parts.append(str(chunks[i]))
            i -= 1
            while i >= 0:
                s = str(chunks[i])
                parts.append("0" * (9 - len(s)) + s)
                i -= 1
            text = "".join(parts)
        else:
            alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
            chars = []
            while len(mag) > 0:
                mag, r = _divmod_small(mag, base)
                chars.append(alphabet[r])
            chars.reverse()
            text = "".join(chars)
        if self.sign < 0:
            return "-" + text
        return text
