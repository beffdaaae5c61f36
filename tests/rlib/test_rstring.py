"""Tests for rpython.rlib.rstring."""

import unittest

from rpython.rlib import rstring
from rpython.rlib.rstring import (INIT_SIZE, InvalidBaseError, NumberStringParser, ParseStringError,
                                  ParseStringOverflowError, StringBuilder, UnicodeBuilder,
                                  count, endswith, find, replace, rfind, rsplit, split,
                                  startswith, strip_spaces)


class BuilderTests(unittest.TestCase):

    def test_append_and_build(self):
        b = StringBuilder()
        b.append('hello')
        b.append(' ')
        b.append('w')
        b.append('orld')
        self.assertEqual(b.build(), 'hello world')
        self.assertEqual(b.getlength(), 11)

    def test_empty_builder(self):
        b = StringBuilder(10)
        self.assertEqual(b.build(), '')
        self.assertEqual(b.getlength(), 0)

    def test_init_size_is_only_a_hint(self):
        self.assertEqual(INIT_SIZE, 100)
        b = StringBuilder(1)
        b.append('x' * 1000)
        self.assertEqual(len(b.build()), 1000)
        with self.assertRaises(ValueError):
            StringBuilder(-1)

    def test_append_slice(self):
        b = StringBuilder()
        b.append_slice('abcdef', 1, 4)
        b.append_slice('abcdef', 2, 2)
        b.append_slice('xyz', 0, 3)
        self.assertEqual(b.build(), 'bcdxyz')
        self.assertEqual(b.getlength(), 6)

    def test_append_slice_checks_bounds(self):
        b = StringBuilder()
        for start, end in [(-1, 2), (3, 2), (0, 7)]:
            with self.assertRaises(ValueError):
                b.append_slice('abcdef', start, end)
        self.assertEqual(b.build(), '')

    def test_append_multiple_char(self):
        b = StringBuilder()
        b.append_multiple_char('-', 3)
        b.append_multiple_char('x', 0)
        b.append_multiple_char('y', -2)
        b.append('|')
        self.assertEqual(b.build(), '---|')
        self.assertEqual(b.getlength(), 4)
        with self.assertRaises(TypeError):
            b.append_multiple_char('ab', 2)

    def test_only_str_is_accepted(self):
        b = StringBuilder()
        for bad in [b'bytes', 5, None, ['a']]:
            with self.assertRaises(TypeError):
                b.append(bad)
        with self.assertRaises(TypeError):
            b.append_slice(b'abc', 0, 1)

    def test_build_twice_and_append_after_build(self):
        b = StringBuilder()
        b.append('ab')
        self.assertEqual(b.build(), 'ab')
        self.assertEqual(b.build(), 'ab')
        b.append('c')
        self.assertEqual(b.build(), 'abc')
        self.assertEqual(b.getlength(), 3)

    def test_non_ascii_text(self):
        b = UnicodeBuilder()
        b.append('h\u00e9')
        b.append_multiple_char('\u20ac', 2)
        b.append_slice('\U0001F600!', 0, 1)
        self.assertEqual(b.build(), 'h\u00e9\u20ac\u20ac\U0001F600')
        self.assertEqual(b.getlength(), 5)

    def test_unicode_builder_is_a_builder(self):
        self.assertTrue(issubclass(UnicodeBuilder, rstring.AbstractStringBuilder))
        b = UnicodeBuilder(5)
        b.append('x')
        self.assertEqual(b.build(), 'x')

    def test_many_appends(self):
        b = StringBuilder()
        for i in range(1000):
            b.append(str(i % 10))
        self.assertEqual(b.build(), '0123456789' * 100)


class HelperTests(unittest.TestCase):

    def test_split_matches_str_split(self):
        cases = [('a b  c', None, -1), ('  a b  c  ', None, 1), ('a,b,,c', ',', -1),
                 ('a,b,,c', ',', 2), ('a,b,,c', ',', 0), ('', ',', -1), ('', None, -1),
                 ('abXYcdXY', 'XY', -1), ('a\tb\nc\x0bd', None, -1), ('one', 'one', -1)]
        for value, by, maxsplit in cases:
            self.assertEqual(split(value, by, maxsplit), value.split(by, maxsplit),
                             (value, by, maxsplit))
        self.assertEqual(split('x y'), ['x', 'y'])

    def test_rsplit_matches_str_rsplit(self):
        cases = [('a b  c', None, 1), ('a,b,,c', ',', 2), ('a,b,,c', ',', -1),
                 ('  a  ', None, 0), ('abXYcdXY', 'XY', 1)]
        for value, by, maxsplit in cases:
            self.assertEqual(rsplit(value, by, maxsplit), value.rsplit(by, maxsplit))
        self.assertEqual(rsplit('x y'), ['x', 'y'])

    def test_split_with_an_empty_separator_fails(self):
        with self.assertRaises(ValueError):
            split('abc', '')
        with self.assertRaises(ValueError):
            rsplit('abc', '')

    def test_split_bytes(self):
        self.assertEqual(split(b'a b', b' '), [b'a', b'b'])

    def test_replace(self):
        self.assertEqual(replace('aaa', 'a', 'bb'), 'bbbbbb')
        self.assertEqual(replace('aaa', 'a', 'b', 2), 'bba')
        self.assertEqual(replace('aaa', 'a', 'b', 0), 'aaa')
        self.assertEqual(replace('abc', '', '-'), '-a-b-c-')
        self.assertEqual(replace('abc', '', '-', 2), '-a-bc')
        self.assertEqual(replace('abc', 'x', 'y'), 'abc')
        self.assertEqual(replace('', 'x', 'y'), '')

    def test_startswith_endswith(self):
        self.assertTrue(startswith('hello', 'he'))
        self.assertFalse(startswith('hello', 'lo'))
        self.assertTrue(startswith('hello', 'll', 2))
        self.assertFalse(startswith('hello', 'llo', 2, 4))
        self.assertTrue(startswith('hello', '', 5))
        self.assertFalse(startswith('hello', '', 6))
        self.assertTrue(startswith('hello', 'lo', -2))
        self.assertTrue(endswith('hello', 'lo'))
        self.assertFalse(endswith('hello', 'he'))
        self.assertTrue(endswith('hello', 'el', 0, 3))
        self.assertTrue(endswith('hello', 'hell', 0, -1))
        self.assertTrue(endswith('', ''))

    def test_find_rfind_count(self):
        s = 'abcabcab'
        self.assertEqual(find(s, 'bc'), 1)
        self.assertEqual(find(s, 'bc', 2), 4)
        self.assertEqual(find(s, 'bc', 2, 5), -1)
        self.assertEqual(find(s, 'zz'), -1)
        self.assertEqual(find(s, ''), 0)
        self.assertEqual(rfind(s, 'bc'), 4)
        self.assertEqual(rfind(s, 'bc', 0, 4), 1)
        self.assertEqual(rfind(s, ''), 8)
        self.assertEqual(count(s, 'ab'), 3)
        self.assertEqual(count(s, 'ab', 1), 2)
        self.assertEqual(count(s, 'ab', 1, 6), 1)
        self.assertEqual(count('aaaa', 'aa'), 2)
        self.assertEqual(count('abc', ''), 4)

    def test_strip_spaces(self):
        self.assertEqual(strip_spaces(' \t\n\r\f\vx y \n'), 'x y')
        self.assertEqual(strip_spaces('   '), '')
        self.assertEqual(strip_spaces(''), '')
        self.assertEqual(strip_spaces('\u00a0x'), '\u00a0x')   # ASCII whitespace only


class NumberParserTests(unittest.TestCase):

    def digits(self, s, base, **kw):
        p = NumberStringParser(s, s, base, 'int', **kw)
        result = []
        while True:
            d = p.next_digit()
            if d < 0:
                return p, result
            result.append(d)

    def test_decimal(self):
        p, digits = self.digits('109', 10)
        self.assertEqual((p.sign, p.base, digits), (1, 10, [1, 0, 9]))

    def test_signs(self):
        self.assertEqual(self.digits('-5', 10)[0].sign, -1)
        self.assertEqual(self.digits('+5', 10)[0].sign, 1)
        self.assertEqual(self.digits('- 5', 10)[1], [5])

    def test_base_from_prefix(self):
        for s, base in [('0x1f', 16), ('0X1F', 16), ('0o17', 8), ('0b101', 2),
                        ('017', 8), ('17', 10), ('0', 8)]:
            self.assertEqual(self.digits(s, 0)[0].base, base, s)
        self.assertEqual(self.digits('0x1f', 0)[1], [1, 15])

    def test_prefix_matching_the_explicit_base_is_skipped(self):
        self.assertEqual(self.digits('0xff', 16)[1], [15, 15])
        self.assertEqual(self.digits('0b11', 2)[1], [1, 1])
        self.assertEqual(self.digits('0o7', 8)[1], [7])
        with self.assertRaises(ParseStringError):
            self.digits('0x1', 10)

    def test_no_implicit_octal(self):
        self.assertEqual(self.digits('0', 0, no_implicit_octal=True)[0].base, 10)
        self.assertEqual(self.digits('000', 0, no_implicit_octal=True)[1], [0, 0, 0])
        with self.assertRaises(ParseStringError):
            self.digits('010', 0, no_implicit_octal=True)

    def test_underscores(self):
        self.assertEqual(self.digits('1_000', 10, allow_underscores=True)[1], [1, 0, 0, 0])
        self.assertEqual(self.digits('0x_f', 0, allow_underscores=True)[1], [15])
        for bad in ['_1', '1_', '1__0', '0x_']:
            with self.assertRaises(ParseStringError, msg=bad):
                self.digits(bad, 0, allow_underscores=True)
        with self.assertRaises(ParseStringError):
            self.digits('1_000', 10)

    def test_invalid_digits(self):
        for s, base in [('12a', 10), ('2', 2), ('g', 16), ('', 10), ('-', 10), ('1.5', 10),
                        ('0x', 16), ('\u0661', 10)]:
            with self.assertRaises(ParseStringError, msg=s):
                self.digits(s, base)

    def test_base_36_letters_either_case(self):
        self.assertEqual(self.digits('zZ', 36)[1], [35, 35])

    def test_invalid_base(self):
        for base in [1, 37, -1]:
            with self.assertRaises(InvalidBaseError):
                NumberStringParser('1', '1', base, 'int')
        self.assertTrue(issubclass(InvalidBaseError, ParseStringError))

    def test_error_message_names_the_literal(self):
        with self.assertRaises(ParseStringError) as cm:
            NumberStringParser('x', ' x ', 10, 'int').next_digit()
        self.assertEqual(cm.exception.msg, "invalid literal for int() with base 10: ' x '")
        self.assertEqual(str(cm.exception), cm.exception.msg)

    def test_rewind(self):
        p = NumberStringParser('12', '12', 10, 'int')
        p.next_digit()
        p.next_digit()
        self.assertEqual(p.next_digit(), -1)
        p.rewind()
        self.assertEqual(p.next_digit(), 1)

    def test_overflow_error_carries_the_parser(self):
        p = NumberStringParser('99', '99', 10, 'int')
        e = ParseStringOverflowError(p)
        self.assertIs(e.parser, p)
        self.assertIn('99', str(e))


if __name__ == '__main__':
    unittest.main()
