"""Low-level helpers of rpython.rlib.rstring.StringBuilder (after RPython's rpython/rtyper/rbuilder.py).

A builder ``b`` is a ``stringbuilder`` (``RTyping/BuiltinTypes.cs``): ``b.length`` characters
appended so far, at the start of ``b.buf``, an rpy_str used as a buffer.  When it is full it is
replaced by one twice as big (plus the room needed), so appending is amortised O(1).

``build()`` returns the characters as a new str, or the buffer itself when it is exactly full:
the builder then never writes into it again, since the next append that writes anything needs a
bigger buffer.  The builder stays usable after ``build()``, as untranslated.
"""

from rpython.rtyper.lltypesystem.lltype import malloc
from rpython.rtyper.rstr import _copy, ll_strslice, mallocstr


def ll_newbuilder(BUILDER, init_size):
    """StringBuilder(init_size): ValueError for a negative size, as untranslated."""
    if init_size < 0:
        raise ValueError
    b = malloc(BUILDER.TO)
    b.length = 0
    b.buf = mallocstr(init_size)
    return b


def _ll_room(b, needed):
    """Makes room for ``needed`` more characters."""
    length = b.length
    if length + needed <= len(b.buf.chars):
        return
    size = len(b.buf.chars) * 2 + needed
    buf = mallocstr(size)
    _copy(buf, 0, b.buf, 0, length)
    b.buf = buf


def ll_append(b, s):
    size = len(s.chars)
    _ll_room(b, size)
    _copy(b.buf, b.length, s, 0, size)
    b.length += size


def ll_append_char(b, ch):
    _ll_room(b, 1)
    b.buf.chars[b.length] = ch
    b.length += 1


def ll_append_slice(b, s, start, end):
    """append_slice(s, start, end): ValueError unless 0 <= start <= end <= len(s), as untranslated."""
    if start < 0 or start > end or end > len(s.chars):
        raise ValueError
    _ll_room(b, end - start)
    _copy(b.buf, b.length, s, start, end - start)
    b.length += end - start


def ll_append_multiple_char(b, ch, times):
    if times <= 0:
        return
    _ll_room(b, times)
    i = 0
    while i < times:
        b.buf.chars[b.length + i] = ch
        i += 1
    b.length += times


def ll_build(b):
    return ll_strslice(b.buf, 0, b.length)


def ll_getlength(b):
    return b.length
