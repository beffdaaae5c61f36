"""Tests for rpython.rlib.rarithmetic: wrap-around must match 64-bit machine integers."""

import unittest

from rpython.rlib import rarithmetic
from rpython.rlib.objectmodel import CDefinedIntSymbolic
from rpython.rlib.rarithmetic import (
    LONG_BIT, LONG_MASK, LONG_TEST, LONGLONG_BIT, LONGLONG_MASK, ParseStringError,
    ParseStringOverflowError, base_int, build_int, byteswap, highest_bit, int_between,
    int_c_div, int_c_mod, int_force_ge_zero, intmask, is_valid_int, longlongmask, maxint,
    most_neg_value_of, most_neg_value_of_same_type, most_pos_value_of,
    most_pos_value_of_same_type, ovfcheck, ovfcheck_float_to_int, r_int, r_int8, r_int16,
    r_int32, r_int64, r_longlong, r_longlonglong, r_singlefloat, r_uint, r_uint8,
    r_uint16, r_uint32, r_uint64, r_ulonglong, r_ulonglonglong, signed_int, string_to_int,
    unsigned_int, widen)

M64 = 2 ** 64
MIN = -2 ** 63
MAX = 2 ** 63 - 1


class ConstantsTests(unittest.TestCase):

    def test_word_constants(self):
        self.assertEqual(LONG_BIT, 64)
        self.assertEqual(LONG_MASK, M64 - 1)
        self.assertEqual(LONG_TEST, 2 ** 63)
        self.assertEqual(maxint, MAX)
        self.assertEqual(LONGLONG_BIT, 64)
        self.assertEqual(LONGLONG_MASK, M64 - 1)


class IntmaskTests(unittest.TestCase):

    def test_values_in_range_are_unchanged(self):
        for v in [0, 1, -1, MAX, MIN, 12345]:
            self.assertEqual(intmask(v), v)
            self.assertIs(type(intmask(v)), int)

    def test_wraps_to_signed_64(self):
        self.assertEqual(intmask(2 ** 63), -2 ** 63)
        self.assertEqual(intmask(2 ** 64), 0)
        self.assertEqual(intmask(2 ** 64 - 1), -1)
        self.assertEqual(intmask(MAX + 1), MIN)
        self.assertEqual(intmask(MIN - 1), MAX)
        self.assertEqual(intmask(-2 ** 64 - 5), -5)
        self.assertEqual(intmask(3 * 2 ** 70 + 7), 7)

    def test_unsigned_and_bool_and_float(self):
        self.assertEqual(intmask(r_uint(-1)), -1)
        self.assertIs(type(intmask(r_uint(5))), int)
        self.assertEqual(intmask(True), 1)
        self.assertEqual(intmask(-3.9), -3)
        self.assertEqual(intmask(2.0 ** 63), MIN)

    def test_symbolic_passes_through(self):
        sym = CDefinedIntSymbolic('SOME_C_CONSTANT', default=3)
        self.assertIs(intmask(sym), sym)

    def test_rejects_non_numbers(self):
        with self.assertRaises(TypeError):
            intmask('5')

    def test_longlongmask(self):
        self.assertEqual(longlongmask(2 ** 63), MIN)
        self.assertIsInstance(longlongmask(1), r_longlong)


class UnsignedTests(unittest.TestCase):

    def test_construction_wraps(self):
        self.assertEqual(r_uint(-1), 2 ** 64 - 1)
        self.assertEqual(r_uint(2 ** 64), 0)
        self.assertEqual(r_uint(2 ** 64 + 3), 3)
        self.assertEqual(r_uint(), 0)
        self.assertEqual(r_uint(3.9), 3)
        self.assertEqual(r_uint(r_uint(7)), 7)

    def test_arithmetic_wraps_modulo_2_64(self):
        big = r_uint(2 ** 64 - 1)
        self.assertEqual(big + 1, 0)
        self.assertEqual(r_uint(0) - 1, 2 ** 64 - 1)
        self.assertEqual(big * big, 1)
        self.assertEqual(r_uint(2 ** 63) * 2, 0)
        self.assertEqual(-r_uint(1), 2 ** 64 - 1)
        self.assertEqual(~r_uint(0), 2 ** 64 - 1)
        self.assertEqual(abs(r_uint(5)), 5)
        self.assertEqual(+r_uint(5), 5)
        self.assertEqual(r_uint(3) ** 41, (3 ** 41) % M64)
        self.assertEqual(pow(r_uint(3), 5, 7), 3 ** 5 % 7)

    def test_division_and_modulo(self):
        self.assertEqual(r_uint(7) // 2, 3)
        self.assertEqual(r_uint(7) % 4, 3)
        self.assertEqual(r_uint(-1) // 2, 2 ** 63 - 1)
        self.assertEqual(100 // r_uint(7), 14)
        self.assertEqual(100 % r_uint(7), 2)
        self.assertEqual(divmod(r_uint(17), 5), (3, 2))
        self.assertEqual(divmod(17, r_uint(5)), (3, 2))
        self.assertIsInstance(divmod(r_uint(17), 5)[0], r_uint)
        with self.assertRaises(ZeroDivisionError):
            r_uint(1) // 0
        with self.assertRaises(ZeroDivisionError):
            r_uint(1) % 0

    def test_true_division_gives_a_float(self):
        self.assertEqual(r_uint(7) / 2, 3.5)
        self.assertEqual(7 / r_uint(2), 3.5)

    def test_bitwise(self):
        a, b = r_uint(0b1100), r_uint(0b1010)
        self.assertEqual(a & b, 0b1000)
        self.assertEqual(a | b, 0b1110)
        self.assertEqual(a ^ b, 0b0110)
        self.assertEqual(r_uint(-1) & -2, 2 ** 64 - 2)    # -2 is all ones but bit 0
        self.assertEqual(-1 ^ r_uint(0), 2 ** 64 - 1)
        self.assertEqual(5 | r_uint(2), 7)

    def test_shifts(self):
        self.assertEqual(r_uint(1) << 63, 2 ** 63)
        self.assertEqual(r_uint(1) << 64, 0)
        self.assertEqual(r_uint(3) << 63, 2 ** 63)
        self.assertEqual(r_uint(-1) >> 1, 2 ** 63 - 1)    # logical shift
        self.assertEqual(r_uint(-1) >> 63, 1)
        self.assertIsInstance(r_uint(1) << 3, r_uint)
        with self.assertRaises(ValueError):
            r_uint(1) << -1

    def test_shift_has_the_type_of_its_left_operand(self):
        self.assertIsInstance(r_uint(1) << r_int32(3), r_uint)
        self.assertIsInstance(r_uint32(1) << r_uint(3), r_uint32)
        shifted = 1 << r_uint(63)
        self.assertIs(type(shifted), int)
        self.assertEqual(shifted, MIN)                     # a signed word wraps
        self.assertEqual(-8 >> r_uint(1), -4)              # arithmetic for signed

    def test_mixing_with_int_gives_unsigned(self):
        for value in [r_uint(1) + 2, 2 + r_uint(1), r_uint(5) - 7, 7 - r_uint(5),
                      r_uint(3) * 3, 3 * r_uint(3), r_uint(3) & 1, r_uint(1) + True]:
            self.assertIsInstance(value, r_uint)
        self.assertEqual(7 - r_uint(9), 2 ** 64 - 2)

    def test_mixing_with_float_gives_float(self):
        self.assertEqual(r_uint(1) + 0.5, 1.5)
        self.assertEqual(0.5 + r_uint(1), 1.5)
        self.assertEqual(r_uint(3) * 0.5, 1.5)
        self.assertIs(type(r_uint(1) - 0.5), float)

    def test_comparisons_and_hashing_use_the_value(self):
        self.assertTrue(r_uint(-1) > 0)
        self.assertTrue(r_uint(5) == 5)
        self.assertTrue(r_uint(5) < 6)
        self.assertEqual(hash(r_uint(5)), hash(5))
        self.assertEqual({r_uint(5): 'x'}[5], 'x')
        self.assertFalse(r_uint(0))
        self.assertTrue(r_uint(1))

    def test_formatting(self):
        self.assertEqual(str(r_uint(-1)), '18446744073709551615')
        self.assertEqual(repr(r_uint(5)), 'r_uint(5)')
        self.assertEqual('%d|%s|%x' % (r_uint(10), r_uint(10), r_uint(255)), '10|10|ff')
        self.assertEqual('{}'.format(r_uint(4)), '4')
        self.assertEqual(int(r_uint(4)), 4)
        self.assertIs(type(int(r_uint(4))), int)

    def test_usable_as_an_index(self):
        self.assertEqual('abc'[r_uint(1)], 'b')
        self.assertEqual(list(range(r_uint(3))), [0, 1, 2])

    def test_non_numbers_are_not_implemented(self):
        with self.assertRaises(TypeError):
            r_uint(1) + 'a'
        with self.assertRaises(TypeError):
            r_uint(1) << 1.0


class SizedTypesTests(unittest.TestCase):

    def test_64_bit_types_are_the_word_types(self):
        self.assertIs(r_longlong, r_int)
        self.assertIs(r_int64, r_int)
        self.assertIs(r_ulonglong, r_uint)
        self.assertIs(r_uint64, r_uint)

    def test_class_attributes(self):
        for tp, bits, signed in [(r_int, 64, True), (r_uint, 64, False),
                                 (r_int32, 32, True), (r_uint32, 32, False),
                                 (r_int16, 16, True), (r_uint16, 16, False),
                                 (r_int8, 8, True), (r_uint8, 8, False),
                                 (r_longlonglong, 128, True), (r_ulonglonglong, 128, False)]:
            self.assertEqual((tp.BITS, tp.SIGNED, tp.MASK), (bits, signed, 2 ** bits - 1))
            self.assertTrue(issubclass(tp, signed_int if signed else unsigned_int))
            self.assertTrue(issubclass(tp, base_int))
            self.assertTrue(issubclass(tp, int))

    def test_build_int_returns_one_class_per_shape(self):
        self.assertIs(build_int('whatever', True, 32), r_int32)
        self.assertIs(build_int('x', False, 64), r_uint)
        r_uint24 = build_int('r_uint24', False, 24)
        self.assertEqual(r_uint24(-1), 2 ** 24 - 1)

    def test_signed_32(self):
        self.assertEqual(r_int32(2 ** 31), -2 ** 31)
        self.assertEqual(r_int32(2 ** 31 - 1) + 1, -2 ** 31)
        self.assertEqual(r_int32(-2 ** 31) - 1, 2 ** 31 - 1)
        self.assertEqual(r_int32(0x10000) * 0x10000, 0)
        self.assertEqual(-r_int32(-2 ** 31), -2 ** 31)
        self.assertEqual(r_int32(-7) // 2, -4)        # Python's floor division
        self.assertEqual(r_int32(-7) % 2, 1)
        self.assertEqual(r_int32(-8) >> 1, -4)
        self.assertEqual(r_int32(1) << 31, -2 ** 31)
        self.assertEqual(~r_int32(0), -1)

    def test_unsigned_32_and_8(self):
        self.assertEqual(r_uint32(-1), 2 ** 32 - 1)
        self.assertEqual(r_uint32(2 ** 32 - 1) + 1, 0)
        self.assertEqual(r_uint8(255) + 1, 0)
        self.assertEqual(r_uint8(0) - 1, 255)
        self.assertEqual(r_int8(127) + 1, -128)
        self.assertEqual(r_int16(-32768) - 1, 32767)
        self.assertEqual(r_uint16(65535) * 2, 65534)

    def test_signed_64(self):
        self.assertEqual(r_int(MAX) + 1, MIN)
        self.assertEqual(r_int(MIN) * -1, MIN)
        self.assertEqual(abs(r_int(MIN)), MIN)
        self.assertEqual(r_longlong(2 ** 63), MIN)

    def test_mixing_sizes_gives_the_wider_type(self):
        self.assertIsInstance(r_uint32(1) + r_uint(1), r_uint)
        self.assertIsInstance(r_uint(1) + r_uint32(1), r_uint)
        self.assertIsInstance(r_int8(1) + r_int32(1), r_int32)
        self.assertEqual(r_uint32(2 ** 32 - 1) + r_uint(1), 2 ** 32)

    def test_mixing_signedness_is_an_error(self):
        with self.assertRaises(TypeError):
            r_uint(1) + r_int32(1)
        with self.assertRaises(TypeError):
            r_int32(1) * r_uint32(1)

    def test_128_bit(self):
        self.assertEqual(r_ulonglonglong(-1), 2 ** 128 - 1)
        self.assertEqual(r_longlonglong(2 ** 127), -2 ** 127)


class SingleFloatTests(unittest.TestCase):

    def test_rounds_to_single_precision(self):
        self.assertEqual(float(r_singlefloat(0.1)), 0.10000000149011612)
        self.assertEqual(float(r_singlefloat(1.5)), 1.5)
        self.assertEqual(float(r_singlefloat(1e40)), float('inf'))

    def test_equality_and_no_truth_value(self):
        self.assertEqual(r_singlefloat(0.1), r_singlefloat(0.1))
        self.assertNotEqual(r_singlefloat(0.1), r_singlefloat(0.2))
        self.assertNotEqual(r_singlefloat(1.0), 1.0)
        self.assertEqual(hash(r_singlefloat(2.0)), hash(r_singlefloat(2.0)))
        with self.assertRaises(TypeError):
            bool(r_singlefloat(1.0))
        self.assertIn('r_singlefloat', repr(r_singlefloat(1.0)))


class WidenAndChecksTests(unittest.TestCase):

    def test_widen(self):
        self.assertIs(type(widen(r_int32(-1))), int)
        self.assertEqual(widen(r_int32(-1)), -1)
        self.assertEqual(widen(r_uint32(2 ** 32 - 1)), 2 ** 32 - 1)
        self.assertIs(type(widen(r_uint8(3))), int)
        self.assertIsInstance(widen(r_uint(3)), r_uint)
        self.assertIs(type(widen(5)), int)
        self.assertIs(type(widen(True)), int)
        self.assertEqual(widen(1.5), 1.5)

    def test_is_valid_int(self):
        for v in [0, MAX, MIN, True, r_uint(5), r_int32(-1)]:
            self.assertTrue(is_valid_int(v), v)
        for v in [MAX + 1, MIN - 1, 1.0, '1', None]:
            self.assertFalse(is_valid_int(v), v)

    def test_ovfcheck_passes_values_that_fit(self):
        self.assertEqual(ovfcheck(MAX), MAX)
        self.assertEqual(ovfcheck(MIN), MIN)
        self.assertEqual(ovfcheck(MAX - 1 + 1), MAX)
        self.assertEqual(ovfcheck(r_int32(5)), 5)

    def test_ovfcheck_raises_on_overflow(self):
        for v in [MAX + 1, MIN - 1, MAX * 2, MIN * -1, 2 ** 200]:
            with self.assertRaises(OverflowError):
                ovfcheck(v)

    def test_ovfcheck_typical_use(self):
        def add(x, y):
            try:
                return ovfcheck(x + y)
            except OverflowError:
                return None
        self.assertEqual(add(1, 2), 3)
        self.assertIsNone(add(MAX, 1))
        self.assertIsNone(add(MIN, -1))

    def test_ovfcheck_refuses_unsigned_and_non_ints(self):
        with self.assertRaises(TypeError):
            ovfcheck(r_uint(1))
        with self.assertRaises(TypeError):
            ovfcheck(1.0)

    def test_ovfcheck_float_to_int(self):
        self.assertEqual(ovfcheck_float_to_int(3.9), 3)
        self.assertEqual(ovfcheck_float_to_int(-3.9), -3)
        self.assertEqual(ovfcheck_float_to_int(-2.0 ** 63), MIN)
        for bad in [2.0 ** 63, -2.0 ** 64, float('inf'), float('nan')]:
            with self.assertRaises(OverflowError):
                ovfcheck_float_to_int(bad)

    def test_c_division(self):
        self.assertEqual(int_c_div(7, 2), 3)
        self.assertEqual(int_c_div(-7, 2), -3)
        self.assertEqual(int_c_div(7, -2), -3)
        self.assertEqual(int_c_div(-7, -2), 3)
        self.assertEqual(int_c_mod(-7, 2), -1)
        self.assertEqual(int_c_mod(7, -2), 1)
        self.assertEqual(int_c_div(MIN, -1), MIN)      # wraps, as the machine does
        with self.assertRaises(ZeroDivisionError):
            int_c_div(1, 0)


class LimitsAndBitsTests(unittest.TestCase):

    def test_most_neg_and_pos(self):
        self.assertEqual(most_neg_value_of_same_type(5), MIN)
        self.assertEqual(most_pos_value_of_same_type(5), MAX)
        self.assertEqual(most_neg_value_of_same_type(r_uint(5)), 0)
        self.assertIsInstance(most_neg_value_of_same_type(r_uint(5)), r_uint)
        self.assertEqual(most_pos_value_of_same_type(r_uint(5)), 2 ** 64 - 1)
        self.assertEqual(most_neg_value_of_same_type(r_int32(1)), -2 ** 31)
        self.assertEqual(most_pos_value_of_same_type(r_int32(1)), 2 ** 31 - 1)
        self.assertEqual(most_pos_value_of(r_uint8), 255)
        self.assertEqual(most_neg_value_of(int), MIN)
        self.assertIs(most_pos_value_of(bool), True)
        with self.assertRaises(TypeError):
            most_neg_value_of(float)

    def test_highest_bit(self):
        self.assertEqual(highest_bit(1), 0)
        self.assertEqual(highest_bit(8), 3)
        self.assertEqual(highest_bit(2 ** 62), 62)
        self.assertEqual(highest_bit(r_uint(2 ** 63)), 63)
        for bad in [0, 3, -4]:
            with self.assertRaises(ValueError):
                highest_bit(bad)

    def test_int_between_is_half_open(self):
        self.assertTrue(int_between(0, 0, 3))
        self.assertTrue(int_between(0, 2, 3))
        self.assertFalse(int_between(0, 3, 3))
        self.assertFalse(int_between(0, -1, 3))

    def test_int_force_ge_zero(self):
        self.assertEqual(int_force_ge_zero(5), 5)
        self.assertEqual(int_force_ge_zero(0), 0)
        self.assertEqual(int_force_ge_zero(-5), 0)

    def test_byteswap_ints(self):
        self.assertEqual(byteswap(1), 1 << 56)
        self.assertEqual(byteswap(0x0102030405060708), 0x0807060504030201)
        self.assertEqual(byteswap(-1), -1)
        self.assertEqual(byteswap(0x80), MIN)
        self.assertEqual(byteswap(r_uint32(0x11223344)), 0x44332211)
        self.assertIsInstance(byteswap(r_uint32(1)), r_uint32)
        self.assertEqual(byteswap(r_int16(0x0180)), -32767)
        self.assertEqual(byteswap(byteswap(123456789)), 123456789)

    def test_byteswap_floats(self):
        self.assertEqual(byteswap(byteswap(3.25)), 3.25)
        self.assertNotEqual(byteswap(1.0), 1.0)
        self.assertEqual(float(byteswap(byteswap(r_singlefloat(1.5)))), 1.5)


class StringToIntTests(unittest.TestCase):

    def test_decimal(self):
        for s, v in [('0', 0), ('42', 42), ('-42', -42), ('+7', 7), ('  12  ', 12),
                     ('\t-3\n', -3), ('007', 7), (str(MAX), MAX), (str(MIN), MIN)]:
            self.assertEqual(string_to_int(s), v, s)

    def test_bases(self):
        self.assertEqual(string_to_int('ff', 16), 255)
        self.assertEqual(string_to_int('0xff', 16), 255)
        self.assertEqual(string_to_int('-0x10', 0), -16)
        self.assertEqual(string_to_int('0b101', 0), 5)
        self.assertEqual(string_to_int('0o17', 0), 15)
        self.assertEqual(string_to_int('777', 8), 511)
        self.assertEqual(string_to_int('z', 36), 35)
        self.assertEqual(string_to_int('1_000', 10, allow_underscores=True), 1000)

    def test_invalid_literals(self):
        for s in ['', ' ', 'abc', '1.5', '--1', '1 2', '0x10', '12a']:
            with self.assertRaises(ParseStringError, msg=s):
                string_to_int(s)
        with self.assertRaises(ParseStringError):
            string_to_int('10', 37)

    def test_overflow(self):
        for s in [str(MAX + 1), str(MIN - 1), '9' * 30, '-0x8000000000000001']:
            with self.assertRaises(ParseStringOverflowError, msg=s) as cm:
                string_to_int(s, 0 if s.startswith('-0x') else 10)
            self.assertEqual(cm.exception.parser.fname, 'int')
        self.assertEqual(string_to_int('-0x8000000000000000', 16), MIN)

    def test_exceptions_are_exported(self):
        self.assertIs(rarithmetic.ParseStringError,
                      __import__('rpython.rlib.rstring', fromlist=['x']).ParseStringError)


if __name__ == '__main__':
    unittest.main()
