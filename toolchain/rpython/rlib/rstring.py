"""String building and string helpers with RPython's names.

This module runs untranslated on CPython: the builders join pieces of ``str``, and the
helpers call the matching ``str`` (or ``bytes``) method, so their results are exactly
CPython's.  The translator gives each name its translated meaning: a builder becomes a
growable character buffer, and the helpers become the runtime's string routines.

In this Python 3 dialect ``str`` is text, so ``StringBuilder`` and ``UnicodeBuilder`` are
the same thing under RPython's two names.  Number parsing (``NumberStringParser`` and its
errors) lives here as in RPython; ``rarithmetic.string_to_int`` is built on it.
"""

import sys

INIT_SIZE = 100
"""The default capacity hint of a builder (a hint only: builders always grow)."""


# ---------------------------------------------------------------- builders

class AbstractStringBuilder(object):
    """What the two builders share: append pieces, then ``build()`` the string once."""

    def __init__(self, init_size=INIT_SIZE):
        """Start empty; ``init_size`` only says how much to preallocate once translated."""
        if init_size < 0:
            raise ValueError("init_size must be >= 0, got %d" % (init_size,))
        self._pieces = []
        self._length = 0

    def append(self, s):
        """Append the string ``s`` (a single character is a string of length 1)."""
        _check_str(s, 'append')
        self._pieces.append(s)
        self._length += len(s)

    def append_slice(self, s, start, end):
        """Append ``s[start:end]``; requires ``0 <= start <= end <= len(s)``."""
        _check_str(s, 'append_slice')
        if not 0 <= start <= end <= len(s):
            # Translated, this is a raw copy: out-of-range indexes would read garbage.
            raise ValueError("append_slice(): need 0 <= start <= end <= len(s), got "
                             "start=%d end=%d len(s)=%d" % (start, end, len(s)))
        self._pieces.append(s[start:end])
        self._length += end - start

    def append_multiple_char(self, c, times):
        """Append the character ``c`` ``times`` times (nothing when ``times <= 0``)."""
        _check_str(c, 'append_multiple_char')
        if len(c) != 1:
            raise TypeError("append_multiple_char() needs a single character, got %r" % (c,))
        if times > 0:
            self._pieces.append(c * times)
            self._length += times

    def build(self):
        """Return everything appended so far as one string (the builder stays usable)."""
        if len(self._pieces) != 1:
            # Keep the joined result, so building twice does not join twice.
            self._pieces = [''.join(self._pieces)]
        return self._pieces[0]

    def getlength(self):
        """Return the length of the string ``build()`` would return now."""
        return self._length


class StringBuilder(AbstractStringBuilder):
    """Builds a ``str`` from pieces in linear time."""


class UnicodeBuilder(AbstractStringBuilder):
    """RPython's builder for unicode strings; in this dialect the same as StringBuilder."""


def _check_str(s, method):
    if not isinstance(s, str):
        raise TypeError("%s() needs a str, got %s" % (method, type(s).__name__))


# ---------------------------------------------------------------- helpers
# Module-level versions of string methods that RPython code calls as functions.
# They take str (or bytes) and give exactly the result of the method.

def split(value, by=None, maxsplit=-1):
    """``value.split(by, maxsplit)``: ``by=None`` splits on runs of whitespace."""
    return value.split(by, maxsplit)


def rsplit(value, by=None, maxsplit=-1):
    """``value.rsplit(by, maxsplit)``: like ``split`` but counting splits from the right."""
    return value.rsplit(by, maxsplit)


def replace(input, sub, by, maxcount=-1):
    """``input.replace(sub, by, maxcount)``: ``maxcount < 0`` replaces every occurrence."""
    return input.replace(sub, by, maxcount)


def startswith(u_self, prefix, start=0, end=sys.maxsize):
    """``u_self.startswith(prefix, start, end)`` (indexes are normalised like slices)."""
    return u_self.startswith(prefix, start, end)


def endswith(u_self, suffix, start=0, end=sys.maxsize):
    """``u_self.endswith(suffix, start, end)`` (indexes are normalised like slices)."""
    return u_self.endswith(suffix, start, end)


def find(value, other, start=0, end=sys.maxsize):
    """``value.find(other, start, end)``: the lowest index of ``other``, or -1."""
    return value.find(other, start, end)


def rfind(value, other, start=0, end=sys.maxsize):
    """``value.rfind(other, start, end)``: the highest index of ``other``, or -1."""
    return value.rfind(other, start, end)


def count(value, other, start=0, end=sys.maxsize):
    """``value.count(other, start, end)``: the number of non-overlapping occurrences."""
    return value.count(other, start, end)


# ---------------------------------------------------------------- number parsing

_SPACES = ' \f\n\r\t\v'


def strip_spaces(s):
    """Strip ASCII whitespace from both ends (not locale- or Unicode-dependent)."""
    start = 0
    stop = len(s)
    while start < stop and s[start] in _SPACES:
        start += 1
    while stop > start and s[stop - 1] in _SPACES:
        stop -= 1
    return s[start:stop]


class ParseStringError(Exception):
    """A string is not a valid number literal; ``msg`` says why."""

    def __init__(self, msg):
        Exception.__init__(self, msg)
        self.msg = msg


class InvalidBaseError(ParseStringError):
    """The base given to a number parser is not 0 or 2..36."""


class ParseStringOverflowError(Exception):
    """A valid integer literal does not fit a machine word.

    ``parser`` is the NumberStringParser (rewound), so a caller can parse the digits again
    into a big integer.
    """

    def __init__(self, parser):
        Exception.__init__(self, "%s() literal too large for a machine integer: %r"
                           % (parser.fname, parser.literal))
        self.parser = parser


# Base prefixes: '0x' for 16, '0o' for 8, '0b' for 2 (either case).
_PREFIX_LETTERS = {16: 'xX', 8: 'oO', 2: 'bB'}


class NumberStringParser(object):
    """Reads the digits of an integer literal one at a time.

    ``s`` is the literal stripped of outer whitespace; ``literal`` is what error messages
    quote; ``base`` is 2..36, or 0 to take it from a prefix as Python does.  After
    construction ``sign`` is 1 or -1 and ``base`` the actual base; ``next_digit()`` returns
    each digit's value in turn, then -1.
    """

    def __init__(self, s, literal, base, fname,
                 allow_underscores=False, no_implicit_octal=False):
        self.fname = fname
        self.literal = literal
        self.original_base = base
        self.sign = 1
        if s.startswith('-'):
            self.sign = -1
            s = strip_spaces(s[1:])
        elif s.startswith('+'):
            s = strip_spaces(s[1:])
        if base == 0:
            base = self._base_from_prefix(s, no_implicit_octal)
        elif base < 2 or base > 36:
            raise InvalidBaseError("%s() base must be >= 2 and <= 36, or 0" % (fname,))
        self.base = base
        has_prefix = (len(s) >= 2 and s[0] == '0'
                      and s[1] in _PREFIX_LETTERS.get(base, ''))
        if has_prefix:
            s = s[2:]
        if allow_underscores:
            s = self._without_underscores(s, has_prefix)
        if not s:
            self.error()
        if self.original_base == 0 and base == 10 and s[0] == '0' and s.strip('0'):
            # Python 3 rejects '010' with base 0: a leading zero is not octal any more.
            self.error()
        self.s = s
        self.n = len(s)
        self.i = 0

    @staticmethod
    def _base_from_prefix(s, no_implicit_octal):
        if len(s) >= 2 and s[0] == '0':
            for base, letters in _PREFIX_LETTERS.items():
                if s[1] in letters:
                    return base
        if s.startswith('0') and not no_implicit_octal:
            return 8        # Python 2 rule, RPython's default
        return 10

    def _without_underscores(self, s, has_prefix):
        # Python 3 rule: one underscore between digits, or right after the base prefix.
        if s.endswith('_') or '__' in s or (s.startswith('_') and not has_prefix):
            self.error()
        return s.replace('_', '')

    def error(self):
        """Raise the ParseStringError for this literal."""
        raise ParseStringError("invalid literal for %s() with base %d: %r"
                               % (self.fname, self.original_base, self.literal))

    def rewind(self):
        """Start reading the digits again from the first."""
        self.i = 0

    def next_digit(self):
        """Return the value of the next digit, or -1 after the last one."""
        if self.i >= self.n:
            return -1
        c = self.s[self.i]
        if '0' <= c <= '9':
            digit = ord(c) - ord('0')
        elif 'a' <= c <= 'z':
            digit = ord(c) - ord('a') + 10
        elif 'A' <= c <= 'Z':
            digit = ord(c) - ord('A') + 10
        else:
            digit = 99      # not a digit in any base
        if digit >= self.base:
            self.error()
        self.i += 1
        return digit
