"""Low-level helpers of str (after RPython's rpython/rtyper/rstr.py and lltypesystem/rstr.py).

A str is a pointer to ``rpy_str``: a cached hash (0 until computed) and its characters inline in
``s.chars``, Unicode code points, so ``len`` and indexing are Python 3's.  Strs are immutable:
every operation that makes a new one allocates it with ``mallocstr`` and fills it.

Case mappings and character classes (upper, isdigit...) follow CPython for ASCII characters;
other characters are left unchanged / are not digits or letters (a documented limit).
"""

from rpython.rtyper.lltypesystem.lltype import malloc
from rpython.rtyper.lltypesystem.rstr import STR
from rpython.rtyper.rlist import ll_items, ll_len, ll_newlist
from rpython.rlib.rarithmetic import intmask, r_uint


def mallocstr(length):
    return malloc(STR, length)


def ll_strlen(s):
    return len(s.chars)


def ll_str_is_true(s):
    return bool(s) and len(s.chars) != 0


def ll_stritem(s, index):
    length = len(s.chars)
    if index < 0:
        index += length
    if index < 0 or index >= length:
        raise IndexError
    return s.chars[index]


def ll_chr(code):
    """chr(code): ValueError outside range(0x110000), as CPython."""
    if code < 0 or code > 0x10FFFF:
        raise ValueError
    return chr(code)


def ll_bool2str(b):
    if b:
        return "True"
    return "False"


def ll_chr2str(ch):
    s = mallocstr(1)
    s.chars[0] = ch
    return s


def ll_strhash(s):
    """The hash, computed once (FNV-1a over the code points; never 0, which means "not yet")."""
    if not s:
        return 0
    x = s.hash
    if x == 0:
        h = r_uint(2166136261)
        i = 0
        while i < len(s.chars):
            h = (h ^ r_uint(ord(s.chars[i]))) * r_uint(16777619)
            i += 1
        x = intmask(h)
        if x == 0:
            x = 29872897
        s.hash = x
    return x


def ll_streq(s1, s2):
    if s1 == s2:
        return True
    if not s1 or not s2:
        return False
    length = len(s1.chars)
    if len(s2.chars) != length:
        return False
    i = 0
    while i < length:
        if s1.chars[i] != s2.chars[i]:
            return False
        i += 1
    return True


def ll_strcmp(s1, s2):
    """Negative, zero or positive as s1 sorts before, with or after s2 (by code points)."""
    len1 = len(s1.chars)
    len2 = len(s2.chars)
    n = len1 if len1 < len2 else len2
    i = 0
    while i < n:
        diff = ord(s1.chars[i]) - ord(s2.chars[i])
        if diff != 0:
            return diff
        i += 1
    return len1 - len2


def _copy(dst, dststart, src, srcstart, length):
    i = 0
    while i < length:
        dst.chars[dststart + i] = src.chars[srcstart + i]
        i += 1


def ll_strconcat(s1, s2):
    len1 = len(s1.chars)
    len2 = len(s2.chars)
    res = mallocstr(len1 + len2)
    _copy(res, 0, s1, 0, len1)
    _copy(res, len1, s2, 0, len2)
    return res


def ll_str_mul(s, times):
    length = len(s.chars)
    if times < 0:
        times = 0
    res = mallocstr(length * times)
    j = 0
    while j < times:
        _copy(res, j * length, s, 0, length)
        j += 1
    return res


def _bound(index, length):
    if index < 0:
        index += length
        if index < 0:
            index = 0
    elif index > length:
        index = length
    return index


def ll_strslice(s, start, stop):
    length = len(s.chars)
    start = _bound(start, length)
    stop = _bound(stop, length)
    if stop <= start:
        return mallocstr(0)
    if start == 0 and stop == length:
        return s
    res = mallocstr(stop - start)
    _copy(res, 0, s, start, stop - start)
    return res


def ll_find_char(s, ch, start, end):
    end = _bound(end, len(s.chars))
    i = _bound(start, len(s.chars))
    while i < end:
        if s.chars[i] == ch:
            return i
        i += 1
    return -1


def ll_contains_char(s, ch):
    return ll_find_char(s, ch, 0, len(s.chars)) >= 0


def _matches_at(s, sub, i):
    j = 0
    while j < len(sub.chars):
        if s.chars[i + j] != sub.chars[j]:
            return False
        j += 1
    return True


def ll_find(s, sub, start, end):
    length = len(s.chars)
    start = _bound(start, length)
    end = _bound(end, length)
    i = start
    while i + len(sub.chars) <= end:
        if _matches_at(s, sub, i):
            return i
        i += 1
    return -1


def ll_rfind(s, sub, start, end):
    length = len(s.chars)
    start = _bound(start, length)
    end = _bound(end, length)
    i = end - len(sub.chars)
    while i >= start:
        if _matches_at(s, sub, i):
            return i
        i -= 1
    return -1


def ll_count(s, sub, start, end):
    length = len(s.chars)
    start = _bound(start, length)
    end = _bound(end, length)
    if len(sub.chars) == 0:
        return end - start + 1 if end >= start else 0
    count = 0
    i = start
    while i + len(sub.chars) <= end:
        if _matches_at(s, sub, i):
            count += 1
            i += len(sub.chars)
        else:
            i += 1
    return count


def ll_contains_str(s, sub):
    return ll_find(s, sub, 0, len(s.chars)) >= 0


def ll_startswith(s, prefix):
    if len(prefix.chars) > len(s.chars):
        return False
    return _matches_at(s, prefix, 0)


def ll_endswith(s, suffix):
    if len(suffix.chars) > len(s.chars):
        return False
    return _matches_at(s, suffix, len(s.chars) - len(suffix.chars))


def _isspace(ch):
    c = ord(ch)
    return c == 32 or (9 <= c <= 13) or (28 <= c <= 31) or c == 133 or c == 160


def ll_strip(s, left, right):
    lpos = 0
    rpos = len(s.chars)
    if left:
        while lpos < rpos and _isspace(s.chars[lpos]):
            lpos += 1
    if right:
        while rpos > lpos and _isspace(s.chars[rpos - 1]):
            rpos -= 1
    return ll_strslice(s, lpos, rpos)


def ll_strip_chars(s, chars, left, right):
    lpos = 0
    rpos = len(s.chars)
    if left:
        while lpos < rpos and ll_contains_char(chars, s.chars[lpos]):
            lpos += 1
    if right:
        while rpos > lpos and ll_contains_char(chars, s.chars[rpos - 1]):
            rpos -= 1
    return ll_strslice(s, lpos, rpos)


def ll_upper(s):
    res = mallocstr(len(s.chars))
    i = 0
    while i < len(s.chars):
        c = ord(s.chars[i])
        if 97 <= c <= 122:
            c -= 32
        res.chars[i] = chr(c)
        i += 1
    return res


def ll_lower(s):
    res = mallocstr(len(s.chars))
    i = 0
    while i < len(s.chars):
        c = ord(s.chars[i])
        if 65 <= c <= 90:
            c += 32
        res.chars[i] = chr(c)
        i += 1
    return res


def _isdigit(c):
    return 48 <= c <= 57


def _isalpha(c):
    return 65 <= c <= 90 or 97 <= c <= 122


def _classify(s, kind):
    """Whether every character is of ``kind`` (and there is at least one)."""
    if len(s.chars) == 0:
        return False
    i = 0
    while i < len(s.chars):
        c = ord(s.chars[i])
        if kind == 0:
            ok = _isdigit(c)
        elif kind == 1:
            ok = _isalpha(c)
        elif kind == 2:
            ok = _isdigit(c) or _isalpha(c)
        elif kind == 3:
            ok = _isspace(s.chars[i])
        elif kind == 4:
            ok = not (65 <= c <= 90)
        else:
            ok = not (97 <= c <= 122)
        if not ok:
            return False
        i += 1
    return True


def ll_isdigit(s):
    return _classify(s, 0)


def ll_isalpha(s):
    return _classify(s, 1)


def ll_isalnum(s):
    return _classify(s, 2)


def ll_isspace(s):
    return _classify(s, 3)


def _has_cased(s, lower):
    i = 0
    while i < len(s.chars):
        c = ord(s.chars[i])
        if (97 <= c <= 122) if lower else (65 <= c <= 90):
            return True
        i += 1
    return False


def ll_islower(s):
    return _classify(s, 4) and _has_cased(s, True)


def ll_isupper(s):
    return _classify(s, 5) and _has_cased(s, False)


def ll_join(sep, l):
    """sep.join(l) for a list (resizable or fixed) of strs."""
    items = ll_items(l)
    num = ll_len(l)
    if num == 0:
        return mallocstr(0)
    total = len(sep.chars) * (num - 1)
    i = 0
    while i < num:
        total += len(items[i].chars)
        i += 1
    res = mallocstr(total)
    pos = 0
    i = 0
    while i < num:
        if i > 0:
            _copy(res, pos, sep, 0, len(sep.chars))
            pos += len(sep.chars)
        item = items[i]
        _copy(res, pos, item, 0, len(item.chars))
        pos += len(item.chars)
        i += 1
    return res


def ll_join_chars(sep, l):
    """sep.join(l) for a list (resizable or fixed) of chars."""
    items = ll_items(l)
    num = ll_len(l)
    if num == 0:
        return mallocstr(0)
    seplen = len(sep.chars)
    res = mallocstr(num + seplen * (num - 1))
    pos = 0
    i = 0
    while i < num:
        if i > 0:
            _copy(res, pos, sep, 0, seplen)
            pos += seplen
        res.chars[pos] = items[i]
        pos += 1
        i += 1
    return res


def ll_replace(s, old, new):
    if len(old.chars) == 0:
        raise ValueError
    count = ll_count(s, old, 0, len(s.chars))
    if count == 0:
        return s
    res = mallocstr(len(s.chars) + count * (len(new.chars) - len(old.chars)))
    pos = 0
    i = 0
    while i < len(s.chars):
        if i + len(old.chars) <= len(s.chars) and _matches_at(s, old, i):
            _copy(res, pos, new, 0, len(new.chars))
            pos += len(new.chars)
            i += len(old.chars)
        else:
            res.chars[pos] = s.chars[i]
            pos += 1
            i += 1
    return res


def ll_split(LIST, s, sep, maxsplit):
    """s.split(sep[, maxsplit]) with a str separator (ValueError if it is empty)."""
    if len(sep.chars) == 0:
        raise ValueError
    count = ll_count(s, sep, 0, len(s.chars))
    if maxsplit >= 0 and count > maxsplit:
        count = maxsplit
    res = ll_newlist(LIST, count + 1)
    items = ll_items(res)
    start = 0
    i = 0
    while i < count:
        found = ll_find(s, sep, start, len(s.chars))
        items[i] = ll_strslice(s, start, found)
        start = found + len(sep.chars)
        i += 1
    items[count] = ll_strslice(s, start, len(s.chars))
    return res


def ll_split_whitespace(LIST, s, maxsplit):
    """s.split() / s.split(None, maxsplit): runs of whitespace separate, none at the ends."""
    length = len(s.chars)
    count = 0
    i = 0
    while i < length:
        while i < length and _isspace(s.chars[i]):
            i += 1
        if i == length:
            break
        count += 1
        if maxsplit >= 0 and count > maxsplit:
            break
        while i < length and not _isspace(s.chars[i]):
            i += 1
    res = ll_newlist(LIST, count)
    items = ll_items(res)
    n = 0
    i = 0
    while n < count:
        while _isspace(s.chars[i]):
            i += 1
        start = i
        if maxsplit >= 0 and n == maxsplit:
            end = length
            while _isspace(s.chars[end - 1]):
                end -= 1
            i = end
        else:
            while i < length and not _isspace(s.chars[i]):
                i += 1
        items[n] = ll_strslice(s, start, i)
        n += 1
    return res


# ---- iteration ----

def ll_striter(ITER, s):
    it = malloc(ITER.TO)
    it.string = s
    it.index = 0
    return it


def ll_strnext(it):
    index = it.index
    s = it.string
    if index >= len(s.chars):
        raise StopIteration
    it.index = index + 1
    return s.chars[index]


# ---- conversions ----

def ll_int2dec(n):
    """str(n) for an int: its decimal digits, '-' first if negative."""
    if n == 0:
        return ll_chr2str('0')
    negative = n < 0
    # Digits from the lowest, on the unsigned magnitude so that -sys.maxsize-1 works.
    u = r_uint(0) - r_uint(n) if negative else r_uint(n)
    length = 0
    v = u
    while v != r_uint(0):
        length += 1
        v = v // r_uint(10)
    if negative:
        length += 1
    res = mallocstr(length)
    pos = length - 1
    while u != r_uint(0):
        res.chars[pos] = chr(48 + intmask(u % r_uint(10)))
        u = u // r_uint(10)
        pos -= 1
    if negative:
        res.chars[0] = '-'
    return res


def ll_int2hex(n, upper):
    """'%x' / '%X' of an int."""
    if n == 0:
        return ll_chr2str('0')
    negative = n < 0
    u = r_uint(0) - r_uint(n) if negative else r_uint(n)
    length = 0
    v = u
    while v != r_uint(0):
        length += 1
        v = v >> 4
    if negative:
        length += 1
    res = mallocstr(length)
    pos = length - 1
    while u != r_uint(0):
        d = intmask(u & r_uint(15))
        if d < 10:
            res.chars[pos] = chr(48 + d)
        elif upper:
            res.chars[pos] = chr(55 + d)
        else:
            res.chars[pos] = chr(87 + d)
        u = u >> 4
        pos -= 1
    if negative:
        res.chars[0] = '-'
    return res


_MIN_INT = -9223372036854775807 - 1


def ll_str2int(s, base):
    """int(s[, base]) as CPython reads it: whitespace around, a sign, the prefix 0x / 0o / 0b of
    base 16, 8 or 2 (base 0 takes the base from it, else 10, where a nonzero number may not start
    with 0), digits with single '_' between them (and after a prefix); ValueError otherwise, or
    for a base outside 2..36 and 0; OverflowError if it does not fit in a machine int."""
    if base != 0 and (base < 2 or base > 36):
        raise ValueError
    length = len(s.chars)
    i = 0
    while i < length and _isspace(s.chars[i]):
        i += 1
    end = length
    while end > i and _isspace(s.chars[end - 1]):
        end -= 1
    sign = 1
    if i < end and (s.chars[i] == '-' or s.chars[i] == '+'):
        if s.chars[i] == '-':
            sign = -1
        i += 1
    start = i
    automatic = base == 0
    prefixed = False
    if end - i >= 2 and s.chars[i] == '0':
        p = ord(s.chars[i + 1]) | 32
        if (p == 120 and (base == 16 or base == 0)) or (p == 111 and (base == 8 or base == 0)) or (p == 98 and (base == 2 or base == 0)):
            prefixed = True
            if p == 120:
                base = 16
            elif p == 111:
                base = 8
            else:
                base = 2
            i += 2
    if base == 0:
        base = 10
    if i >= end:
        raise ValueError
    result = 0
    digits = 0
    previous_underscore = False
    nonzero = False
    while i < end:
        c = ord(s.chars[i])
        if c == 95:
            if (digits == 0 and not prefixed) or previous_underscore:
                raise ValueError
            previous_underscore = True
            i += 1
            continue
        previous_underscore = False
        if 48 <= c <= 57:
            d = c - 48
        elif 97 <= c <= 122:
            d = c - 87
        elif 65 <= c <= 90:
            d = c - 55
        else:
            raise ValueError
        if d >= base:
            raise ValueError
        if d != 0:
            nonzero = True
        # Accumulated as a negative number, so that -2**63 fits: result*base - d must stay >= MIN.
        if result < (_MIN_INT + d + base - 1) // base:
            raise OverflowError
        result = result * base - d
        digits += 1
        i += 1
    if previous_underscore or digits == 0:
        raise ValueError
    if automatic and nonzero and not prefixed and s.chars[start] == '0':
        raise ValueError
    if sign < 0:
        return result
    if result == _MIN_INT:
        raise OverflowError
    return -result


def ll_char_mul(ch, times):
    if times < 0:
        times = 0
    res = mallocstr(times)
    i = 0
    while i < times:
        res.chars[i] = ch
        i += 1
    return res


def ll_join_strs(count, items):
    """The concatenation of the first ``count`` strs of a fixed list (string formatting)."""
    total = 0
    i = 0
    while i < count:
        total += len(items[i].chars)
        i += 1
    res = mallocstr(total)
    pos = 0
    i = 0
    while i < count:
        item = items[i]
        _copy(res, pos, item, 0, len(item.chars))
        pos += len(item.chars)
        i += 1
    return res


# ---- '%' formatting (RTyping/RTyper.Formatting.cs) ----

# The flags of a directive: the bits of Rpython.Runtime.FormatFlags (CPython's F_LJUST...).
F_LJUST = 1
F_SIGN = 2
F_BLANK = 4
F_ALT = 8
F_ZERO = 16


def ll_format_int(n, conversion, flags, width, precision):
    """One '%d', '%x', '%X' or '%o' directive (``conversion`` is the letter's code) of an int."""
    negative = n < 0
    u = r_uint(0) - r_uint(n) if negative else r_uint(n)
    return _format_number(negative, u, conversion, flags, width, precision)


def ll_format_uint(u, conversion, flags, width, precision):
    return _format_number(False, u, conversion, flags, width, precision)


def _format_number(negative, u, conversion, flags, width, precision):
    """CPython's _PyUnicode_FormatLong and unicode_format_arg_output: [sign][0x][zeros]digits,
    the precision being the least number of digits; the sign is '-', or '+' / ' ' as the flags
    ask; padding to the width is spaces before the sign, or zeros after the prefix ('0'), or
    spaces after the digits ('-', which wins over '0')."""
    base = r_uint(10)
    if conversion == 120 or conversion == 88:
        base = r_uint(16)
    elif conversion == 111:
        base = r_uint(8)
    digits = 1
    v = u // base
    while v != r_uint(0):
        digits += 1
        v = v // base
    zeros = 0
    if precision > digits:
        zeros = precision - digits
    sign = 0
    if negative:
        sign = 45
    elif flags & F_SIGN:
        sign = 43
    elif flags & F_BLANK:
        sign = 32
    prefix = 0
    if flags & F_ALT and base != r_uint(10):
        prefix = 2
    length = prefix + zeros + digits
    if sign != 0:
        length += 1
    pad = 0
    if width > length:
        pad = width - length
    res = mallocstr(length + pad)
    pos = 0
    if not (flags & F_LJUST) and not (flags & F_ZERO):
        pos = _fill(res, pos, pad, ' ')
    if sign != 0:
        res.chars[pos] = chr(sign)
        pos += 1
    if prefix != 0:
        res.chars[pos] = '0'
        res.chars[pos + 1] = chr(conversion)
        pos += 2
    if not (flags & F_LJUST) and flags & F_ZERO:
        pos = _fill(res, pos, pad, '0')
    pos = _fill(res, pos, zeros, '0')
    end = pos + digits
    pos = end - 1
    while pos >= end - digits:
        d = intmask(u % base)
        if d < 10:
            res.chars[pos] = chr(48 + d)
        elif conversion == 88:
            res.chars[pos] = chr(55 + d)
        else:
            res.chars[pos] = chr(87 + d)
        u = u // base
        pos -= 1
    if flags & F_LJUST:
        _fill(res, end, pad, ' ')
    return res


def _fill(res, pos, count, ch):
    i = 0
    while i < count:
        res.chars[pos + i] = ch
        i += 1
    return pos + count


def ll_format_str(s, width, precision, left):
    """A str cut to ``precision`` characters (none when negative) and padded with spaces to
    ``width``, on the right if ``left``."""
    length = len(s.chars)
    if precision >= 0 and length > precision:
        length = precision
    pad = 0
    if width > length:
        pad = width - length
    res = mallocstr(length + pad)
    start = 0
    if not left:
        start = _fill(res, 0, pad, ' ')
    _copy(res, start, s, 0, length)
    if left:
        _fill(res, length, pad, ' ')
    return res


def ll_format_chr(code):
    """'%c' of an int: OverflowError outside range(0x110000), as CPython (chr() raises ValueError)."""
    if code < 0 or code > 0x10FFFF:
        raise OverflowError
    return chr(code)


def ll_str_min(a, b):
    if ll_strcmp(b, a) < 0:
        return b
    return a


def ll_str_max(a, b):
    if ll_strcmp(b, a) > 0:
        return b
    return a
