"""Low-level helpers of bytes that are not those of str (rstr.py serves both for comparing,
slicing, concatenating and iterating): str.encode() and bytes.decode(), in UTF-8.

A bytes object is a pointer to ``rpy_bytes``: its bytes inline in ``b.chars``, which a helper
reads and writes as ints.  Both directions are CPython 3.11's codec: encoding a lone surrogate
raises UnicodeEncodeError; decoding checks every sequence (no overlong forms, no surrogates,
nothing above U+10FFFF) and, for an invalid one, raises UnicodeDecodeError ('strict'), or
puts one U+FFFD for its maximal valid prefix, or for the byte that cannot start one
('replace'), or drops it ('ignore').
"""

from rpython.rtyper.lltypesystem.lltype import malloc
from rpython.rtyper.lltypesystem.rstr import BYTES
from rpython.rtyper.rstr import ll_strslice, mallocstr

STRICT = 0
REPLACE = 1
IGNORE = 2


def _utf8_size(code):
    if code < 0x80:
        return 1
    if code < 0x800:
        return 2
    if code < 0x10000:
        if 0xD800 <= code <= 0xDFFF:
            raise UnicodeEncodeError
        return 3
    return 4


def ll_encode_utf8(s):
    length = len(s.chars)
    size = 0
    i = 0
    while i < length:
        size += _utf8_size(ord(s.chars[i]))
        i += 1
    b = malloc(BYTES, size)
    pos = 0
    i = 0
    while i < length:
        code = ord(s.chars[i])
        if code < 0x80:
            b.chars[pos] = code
            pos += 1
        elif code < 0x800:
            b.chars[pos] = 0xC0 | (code >> 6)
            b.chars[pos + 1] = 0x80 | (code & 0x3F)
            pos += 2
        elif code < 0x10000:
            b.chars[pos] = 0xE0 | (code >> 12)
            b.chars[pos + 1] = 0x80 | ((code >> 6) & 0x3F)
            b.chars[pos + 2] = 0x80 | (code & 0x3F)
            pos += 3
        else:
            b.chars[pos] = 0xF0 | (code >> 18)
            b.chars[pos + 1] = 0x80 | ((code >> 12) & 0x3F)
            b.chars[pos + 2] = 0x80 | ((code >> 6) & 0x3F)
            b.chars[pos + 3] = 0x80 | (code & 0x3F)
            pos += 4
        i += 1
    return b


def _decode_utf8(b, errors):
    length = len(b.chars)
    res = mallocstr(length)  # never more characters than bytes
    n = 0
    i = 0
    while i < length:
        first = b.chars[i]
        if first < 0x80:
            res.chars[n] = chr(first)
            n += 1
            i += 1
            continue
        if first < 0xC2 or first > 0xF4:
            need = 0  # a continuation byte, or one that starts no valid sequence
            code = 0
        elif first < 0xE0:
            need = 1
            code = first & 0x1F
        elif first < 0xF0:
            need = 2
            code = first & 0x0F
        else:
            need = 3
            code = first & 0x07
        k = 0
        while k < need and i + 1 + k < length:
            byte = b.chars[i + 1 + k]
            # The second byte's range is narrower after E0, ED, F0 and F4: no overlong forms,
            # no surrogates, nothing above U+10FFFF.
            low = 0x80
            high = 0xBF
            if k == 0:
                if first == 0xE0:
                    low = 0xA0
                elif first == 0xED:
                    high = 0x9F
                elif first == 0xF0:
                    low = 0x90
                elif first == 0xF4:
                    high = 0x8F
            if byte < low or byte > high:
                break
            code = (code << 6) | (byte & 0x3F)
            k += 1
        if need > 0 and k == need:
            res.chars[n] = chr(code)
            n += 1
        elif errors == STRICT:
            raise UnicodeDecodeError
        elif errors == REPLACE:
            res.chars[n] = '\ufffd'
            n += 1
        i += k + 1
    return ll_strslice(res, 0, n)


def ll_decode_utf8(b):
    return _decode_utf8(b, STRICT)


def ll_decode_utf8_replace(b):
    return _decode_utf8(b, REPLACE)


def ll_decode_utf8_ignore(b):
    return _decode_utf8(b, IGNORE)
