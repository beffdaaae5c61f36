"""Low-level helpers of str (after RPython's rpython/rtyper/rstr.py and lltypesystem/rstr.py).

A str is a pointer to ``rpy_str``: a cached hash (0 until computed) and its characters inline in
``s.chars``, Unicode code points, so ``len`` and indexing are Python 3's.  Strs are immutable:
every operation that makes a new one allocates it with ``mallocstr`` and fills it.

bytes (``rpy_bytes``) have the same shape with bytes for characters, which a helper reads as
ints (Python 3's bytes items).  The helpers that only compare, copy and slice characters
(``ll_streq``, ``ll_strcmp``, ``ll_strslice``, ``ll_strconcat``, ``ll_stritem``, iteration...)
serve both: they allocate what they return with ``_malloc_like``, of their argument's type.

Character classes and case mappings are CPython 3.11's, from its character database (the
``unichar_*`` operations of the runtime's UnicodeDatabase): ``upper()``, ``lower()``,
``title()``, ``capitalize()``, ``swapcase()`` and ``casefold()`` map each character to its full
mapping ('ß'.upper() is 'SS', 'ß'.casefold() 'ss') and what they lower-case gives a capital
sigma at the end of a word its final form, as CPython does.

Indexes of ``find``, ``count``, ``startswith``... are adjusted as CPython's ADJUST_INDICES: a
negative one counts from the end (and is clipped to 0), an end beyond the string is clipped to
its length, and a start beyond it is kept (so nothing is found there, not even '').
"""

from rpython.rtyper.lltypesystem.lltype import Bool, Signed, malloc, nullptr, typeOf
from rpython.rtyper.lltypesystem.lloperation import llop
from rpython.rtyper.lltypesystem.rstr import STR
from rpython.rtyper.rlist import ll_items, ll_len, ll_newlist
from rpython.rlib.rarithmetic import intmask, r_uint


def mallocstr(length):
    return malloc(STR, length)


def _malloc_like(s, length):
    """A new str, or bytes, as ``s`` is, of ``length`` characters."""
    return malloc(typeOf(s).TO, length)


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
    """compute_hash(s), as untranslated (rlib.objectmodel._hash_string: Python 2's string hash
    over the code points), cached in s.hash (0 means not computed yet: a hash of 0 is computed
    every time)."""
    if not s:
        return 0
    x = s.hash
    if x == 0:
        length = len(s.chars)
        if length == 0:
            return -1
        h = r_uint(ord(s.chars[0])) << 7
        i = 0
        while i < length:
            h = (r_uint(1000003) * h) ^ r_uint(ord(s.chars[i]))
            i += 1
        x = intmask(h ^ r_uint(length))
        s.hash = x
    return x


def ll_char_hash(ch):
    """compute_hash of a char: as the str of that one character hashes."""
    x = r_uint(ord(ch))
    return intmask(((r_uint(1000003) * (x << 7)) ^ x) ^ r_uint(1))


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


def ll_char_eq_str(ch, s):
    """A char == a str: the str is that one character."""
    return len(s.chars) == 1 and s.chars[0] == ch


def ll_str_eq_char(s, ch):
    return ll_char_eq_str(ch, s)


def ll_strcmp(s1, s2):
    """Negative, zero or positive as s1 sorts before, with or after s2 (by code points)."""
    len1 = len(s1.chars)
    len2 = len(s2.chars)
    n = len1 if len1 < len2 else len2
    i = 0
    while i < n:
        c1 = s1.chars[i]
        c2 = s2.chars[i]
        if c1 != c2:
            if c1 < c2:
                return -1
            return 1
        i += 1
    return len1 - len2


def ll_strlt(s1, s2):
    return ll_strcmp(s1, s2) < 0


def ll_strmin(s1, s2):
    """min(s1, s2): the first if they are equal, as CPython's."""
    if ll_strcmp(s2, s1) < 0:
        return s2
    return s1


def ll_strmax(s1, s2):
    if ll_strcmp(s2, s1) > 0:
        return s2
    return s1


def ll_char_min(c1, c2):
    if c2 < c1:
        return c2
    return c1


def ll_char_max(c1, c2):
    if c2 > c1:
        return c2
    return c1


def _copy(dst, dststart, src, srcstart, length):
    i = 0
    while i < length:
        dst.chars[dststart + i] = src.chars[srcstart + i]
        i += 1


def ll_strconcat(s1, s2):
    len1 = len(s1.chars)
    len2 = len(s2.chars)
    res = _malloc_like(s1, len1 + len2)
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
    """An end (of a slice, of a search): negative counts from the end, clipped to 0..length."""
    if index < 0:
        index += length
        if index < 0:
            index = 0
    elif index > length:
        index = length
    return index


def _start(index, length):
    """A start of a search: negative counts from the end (clipped to 0); beyond the end is kept."""
    if index < 0:
        index += length
        if index < 0:
            index = 0
    return index


def ll_strslice(s, start, stop):
    length = len(s.chars)
    start = _bound(start, length)
    stop = _bound(stop, length)
    if stop <= start:
        return _malloc_like(s, 0)
    if start == 0 and stop == length:
        return s
    res = _malloc_like(s, stop - start)
    _copy(res, 0, s, start, stop - start)
    return res


def ll_find_char(s, ch, start, end):
    end = _bound(end, len(s.chars))
    i = _start(start, len(s.chars))
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
    start = _start(start, length)
    end = _bound(end, length)
    i = start
    while i + len(sub.chars) <= end:
        if _matches_at(s, sub, i):
            return i
        i += 1
    return -1


def ll_rfind(s, sub, start, end):
    length = len(s.chars)
    start = _start(start, length)
    end = _bound(end, length)
    i = end - len(sub.chars)
    while i >= start:
        if _matches_at(s, sub, i):
            return i
        i -= 1
    return -1


def ll_index(s, sub, start, end):
    """s.index(sub, start, end): find's, or ValueError."""
    i = ll_find(s, sub, start, end)
    if i < 0:
        raise ValueError
    return i


def ll_rindex(s, sub, start, end):
    i = ll_rfind(s, sub, start, end)
    if i < 0:
        raise ValueError
    return i


def ll_count(s, sub, start, end):
    length = len(s.chars)
    start = _start(start, length)
    end = _bound(end, length)
    if end - start < len(sub.chars):
        return 0
    if len(sub.chars) == 0:
        return end - start + 1
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


def _tailmatch(s, sub, start, end, atend):
    """s[start:end] starts (or, if ``atend``, ends) with sub."""
    length = len(s.chars)
    start = _start(start, length)
    end = _bound(end, length) - len(sub.chars)
    if end < start:
        return False
    if atend:
        return _matches_at(s, sub, end)
    return _matches_at(s, sub, start)


def ll_startswith(s, prefix, start, end):
    return _tailmatch(s, prefix, start, end, False)


def ll_endswith(s, suffix, start, end):
    return _tailmatch(s, suffix, start, end, True)


# ---- characters: CPython's database ----

def ll_char_isspace(ch):
    return llop.unichar_isspace(Bool, ch)


def ll_char_isdigit(ch):
    return llop.unichar_isdigit(Bool, ch)


def ll_char_isdecimal(ch):
    return llop.unichar_isdecimal(Bool, ch)


def ll_char_isnumeric(ch):
    return llop.unichar_isnumeric(Bool, ch)


def ll_char_isalpha(ch):
    return llop.unichar_isalpha(Bool, ch)


def ll_char_isalnum(ch):
    return llop.unichar_isalpha(Bool, ch) or llop.unichar_isnumeric(Bool, ch)


def ll_char_isupper(ch):
    return llop.unichar_isupper(Bool, ch)


def ll_char_islower(ch):
    return llop.unichar_islower(Bool, ch)


def _iscased(ch):
    return llop.unichar_isupper(Bool, ch) or llop.unichar_islower(Bool, ch) or llop.unichar_istitle(Bool, ch)


def _all(s, predicate):
    """Whether there is a character and every character is one ``predicate`` accepts."""
    if len(s.chars) == 0:
        return False
    i = 0
    while i < len(s.chars):
        if not predicate(s.chars[i]):
            return False
        i += 1
    return True


def ll_isdigit(s):
    return _all(s, ll_char_isdigit)


def ll_isdecimal(s):
    return _all(s, ll_char_isdecimal)


def ll_isnumeric(s):
    return _all(s, ll_char_isnumeric)


def ll_isalpha(s):
    return _all(s, ll_char_isalpha)


def ll_isalnum(s):
    return _all(s, ll_char_isalnum)


def ll_isspace(s):
    return _all(s, ll_char_isspace)


def _cased_only(s, upper):
    """s.isupper() (s.islower() if not ``upper``): no character of the other case nor titlecase,
    and at least one of this case (CPython's)."""
    cased = False
    i = 0
    while i < len(s.chars):
        ch = s.chars[i]
        if _is_case(ch, not upper) or llop.unichar_istitle(Bool, ch):
            return False
        if _is_case(ch, upper):
            cased = True
        i += 1
    return cased


def _is_case(ch, upper):
    if upper:
        return llop.unichar_isupper(Bool, ch)
    return llop.unichar_islower(Bool, ch)


def ll_isupper(s):
    return _cased_only(s, True)


def ll_islower(s):
    return _cased_only(s, False)


def ll_istitle(s):
    """Whether s has a cased character and every upper or titlecase one starts a word, every
    lowercase one continues it (CPython's unicode_istitle)."""
    cased = False
    previous_is_cased = False
    i = 0
    while i < len(s.chars):
        ch = s.chars[i]
        if llop.unichar_isupper(Bool, ch) or llop.unichar_istitle(Bool, ch):
            if previous_is_cased:
                return False
            previous_is_cased = True
            cased = True
        elif llop.unichar_islower(Bool, ch):
            if not previous_is_cased:
                return False
            previous_is_cased = True
            cased = True
        else:
            previous_is_cased = False
        i += 1
    return cased


# How _case_map maps one character: to its full upper, lower (with the final sigma), title-case or
# folded mapping, or to itself.
_UPPER = 0
_LOWER = 1
_TITLE = 2
_FOLD = 3
_SAME = 4
# What _case_map computes: s.upper(), s.lower() and s.casefold() map every character the same way
# (_UPPER, _LOWER, _FOLD); the others decide character by character (_how).
_SWAPCASE = 5
_CAPITALIZE = 6
_TITLECASE = 7


def _mapped(ch, k, how):
    """Code point k of the mapping ``how`` of ch, -1 past its end."""
    if how == _UPPER:
        return llop.unichar_toupper(Signed, ch, k)
    if how == _LOWER:
        return llop.unichar_tolower(Signed, ch, k)
    if how == _TITLE:
        return llop.unichar_totitle(Signed, ch, k)
    if how == _FOLD:
        return llop.unichar_casefold(Signed, ch, k)
    if k == 0:
        return ord(ch)
    return -1


def _how(ch, i, method, previous_is_cased):
    """How the character ch at i maps in ``method`` (CPython's do_swapcase, do_capitalize and
    do_title), the character before it cased or not."""
    if method == _SWAPCASE:
        if llop.unichar_isupper(Bool, ch):
            return _LOWER
        if llop.unichar_islower(Bool, ch):
            return _UPPER
        return _SAME
    if method == _CAPITALIZE:
        if i == 0:
            return _TITLE
        return _LOWER
    if method == _TITLECASE:
        if previous_is_cased:
            return _LOWER
        return _TITLE
    return method


def _final_sigma(s, i):
    """Whether the capital sigma at i ends a word: a cased character before it and none after
    it, case-ignorable characters between them skipped (CPython's handle_capital_sigma)."""
    j = i - 1
    while j >= 0 and llop.unichar_iscaseignorable(Bool, s.chars[j]):
        j -= 1
    if j < 0 or not _iscased(s.chars[j]):
        return False
    j = i + 1
    while j < len(s.chars) and llop.unichar_iscaseignorable(Bool, s.chars[j]):
        j += 1
    return j == len(s.chars) or not _iscased(s.chars[j])


def _case_map(s, method):
    """s.upper(), s.lower()... (``method``): every character's full mapping, which may be longer.
    Counted first, then written."""
    res = mallocstr(_map_into(s, method, nullptr(STR)))
    _map_into(s, method, res)
    return res


def _map_into(s, method, res):
    """Writes s mapped by ``method`` into res, or only counts its characters if res is null;
    returns how many there are."""
    pos = 0
    previous_is_cased = False
    i = 0
    while i < len(s.chars):
        ch = s.chars[i]
        how = _how(ch, i, method, previous_is_cased)
        if how == _LOWER and ch == '\u03a3' and _final_sigma(s, i):
            if res:
                res.chars[pos] = '\u03c2'
            pos += 1
        else:
            k = 0
            code = _mapped(ch, 0, how)
            while code >= 0:
                if res:
                    res.chars[pos] = chr(code)
                pos += 1
                k += 1
                code = _mapped(ch, k, how)
        if method == _TITLECASE:
            previous_is_cased = _iscased(ch)
        i += 1
    return pos


def ll_upper(s):
    return _case_map(s, _UPPER)


def ll_lower(s):
    return _case_map(s, _LOWER)


def ll_casefold(s):
    return _case_map(s, _FOLD)


def ll_swapcase(s):
    return _case_map(s, _SWAPCASE)


def ll_capitalize(s):
    return _case_map(s, _CAPITALIZE)


def ll_title(s):
    return _case_map(s, _TITLECASE)


# ---- stripping, joining, replacing, splitting ----

def ll_strip(s, left, right):
    lpos = 0
    rpos = len(s.chars)
    if left:
        while lpos < rpos and ll_char_isspace(s.chars[lpos]):
            lpos += 1
    if right:
        while rpos > lpos and ll_char_isspace(s.chars[rpos - 1]):
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


def ll_replace(s, old, new, maxcount):
    """s.replace(old, new[, maxcount]): the first maxcount occurrences (all if negative); an
    empty old is found before every character and at the end, as CPython does."""
    length = len(s.chars)
    oldlen = len(old.chars)
    count = ll_count(s, old, 0, length)
    if maxcount >= 0 and count > maxcount:
        count = maxcount
    if count == 0:
        return s
    res = mallocstr(length + count * (len(new.chars) - oldlen))
    pos = 0
    i = 0
    done = 0
    while done < count:
        found = ll_find(s, old, i, length)
        _copy(res, pos, s, i, found - i)
        pos += found - i
        _copy(res, pos, new, 0, len(new.chars))
        pos += len(new.chars)
        done += 1
        if oldlen == 0:
            # The next '' is after the next character, which is kept.
            if found < length:
                res.chars[pos] = s.chars[found]
                pos += 1
            i = found + 1
        else:
            i = found + oldlen
    if i < length:
        _copy(res, pos, s, i, length - i)
    return res


def _piece(res, n, s, start, end):
    """Stores s[start:end] as item n of the list res, unless res is null (a counting pass);
    returns n + 1.  Each split runs twice: to count the items, then to store them."""
    if res:
        ll_items(res)[n] = ll_strslice(s, start, end)
    return n + 1


def _rpiece(res, n, s, start, end):
    """As _piece, for the splits that find the items from the right: item n from the end."""
    if res:
        ll_items(res)[ll_len(res) - 1 - n] = ll_strslice(s, start, end)
    return n + 1


def _split(s, sep, maxsplit, res):
    length = len(s.chars)
    n = 0
    start = 0
    while maxsplit < 0 or n < maxsplit:
        found = ll_find(s, sep, start, length)
        if found < 0:
            break
        n = _piece(res, n, s, start, found)
        start = found + len(sep.chars)
    return _piece(res, n, s, start, length)


def _rsplit(s, sep, maxsplit, res):
    end = len(s.chars)
    n = 0
    while maxsplit < 0 or n < maxsplit:
        found = ll_rfind(s, sep, 0, end)
        if found < 0:
            break
        n = _rpiece(res, n, s, found + len(sep.chars), end)
        end = found
    return _rpiece(res, n, s, 0, end)


def _split_whitespace(s, maxsplit, res):
    """CPython's split_whitespace: runs of whitespace separate; after maxsplit items, the rest
    of the string from its next non-whitespace character is the last item."""
    length = len(s.chars)
    n = 0
    i = 0
    while maxsplit < 0 or n < maxsplit:
        while i < length and ll_char_isspace(s.chars[i]):
            i += 1
        if i == length:
            return n
        j = i
        i += 1
        while i < length and not ll_char_isspace(s.chars[i]):
            i += 1
        n = _piece(res, n, s, j, i)
    while i < length and ll_char_isspace(s.chars[i]):
        i += 1
    if i < length:
        n = _piece(res, n, s, i, length)
    return n


def _rsplit_whitespace(s, maxsplit, res):
    """CPython's rsplit_whitespace: split_whitespace from the right."""
    i = len(s.chars) - 1
    n = 0
    while maxsplit < 0 or n < maxsplit:
        while i >= 0 and ll_char_isspace(s.chars[i]):
            i -= 1
        if i < 0:
            return n
        j = i
        i -= 1
        while i >= 0 and not ll_char_isspace(s.chars[i]):
            i -= 1
        n = _rpiece(res, n, s, i + 1, j + 1)
    while i >= 0 and ll_char_isspace(s.chars[i]):
        i -= 1
    if i >= 0:
        n = _rpiece(res, n, s, 0, i + 1)
    return n


def ll_split(LIST, s, sep, maxsplit):
    """s.split(sep[, maxsplit]) with a str separator (ValueError if it is empty)."""
    if len(sep.chars) == 0:
        raise ValueError
    res = ll_newlist(LIST, _split(s, sep, maxsplit, nullptr(LIST.TO)))
    _split(s, sep, maxsplit, res)
    return res


def ll_rsplit(LIST, s, sep, maxsplit):
    if len(sep.chars) == 0:
        raise ValueError
    res = ll_newlist(LIST, _rsplit(s, sep, maxsplit, nullptr(LIST.TO)))
    _rsplit(s, sep, maxsplit, res)
    return res


def ll_split_whitespace(LIST, s, maxsplit):
    res = ll_newlist(LIST, _split_whitespace(s, maxsplit, nullptr(LIST.TO)))
    _split_whitespace(s, maxsplit, res)
    return res


def ll_rsplit_whitespace(LIST, s, maxsplit):
    res = ll_newlist(LIST, _rsplit_whitespace(s, maxsplit, nullptr(LIST.TO)))
    _rsplit_whitespace(s, maxsplit, res)
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
    while i < length and ll_char_isspace(s.chars[i]):
        i += 1
    end = length
    while end > i and ll_char_isspace(s.chars[end - 1]):
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
