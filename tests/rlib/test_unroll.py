"""Tests for rpython.rlib.unroll."""

import unittest

from rpython.rlib.unroll import SpecTag, unrolling_iterable


class UnrollingIterableTests(unittest.TestCase):

    def test_iterating_gives_the_items_in_order(self):
        it = unrolling_iterable([1, 'two', 3.0])
        self.assertEqual(list(it), [1, 'two', 3.0])

    def test_can_be_iterated_many_times(self):
        it = unrolling_iterable(x * x for x in range(4))    # even from a generator
        self.assertEqual(list(it), [0, 1, 4, 9])
        self.assertEqual([x for x in it], [0, 1, 4, 9])

    def test_nested_loops_over_the_same_iterable(self):
        it = unrolling_iterable('ab')
        pairs = [a + b for a in it for b in it]
        self.assertEqual(pairs, ['aa', 'ab', 'ba', 'bb'])

    def test_later_changes_to_the_source_do_not_leak_in(self):
        source = [1, 2]
        it = unrolling_iterable(source)
        source.append(3)
        self.assertEqual(list(it), [1, 2])

    def test_items_of_different_types_such_as_functions(self):
        ops = unrolling_iterable([('add', lambda a, b: a + b), ('mul', lambda a, b: a * b)])
        results = {}
        for name, fn in ops:
            results[name] = fn(3, 4)
        self.assertEqual(results, {'add': 7, 'mul': 12})

    def test_empty(self):
        self.assertEqual(list(unrolling_iterable([])), [])

    def test_is_a_frozen_spectag(self):
        it = unrolling_iterable([1])
        self.assertIsInstance(it, SpecTag)
        self.assertTrue(it._freeze_())
        self.assertIn('unrolling_iterable', repr(it))

    def test_spectag(self):
        tag = SpecTag()
        self.assertTrue(tag._freeze_())
        self.assertIn('SpecTag', repr(tag))


if __name__ == '__main__':
    unittest.main()
