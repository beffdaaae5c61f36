import sys
import unittest

from rpython.rlib.rstackovf import StackOverflow


def _recurse(n):
    return _recurse(n + 1) + 1


class StackOverflowTest(unittest.TestCase):
    def test_is_recursion_error(self):
        self.assertIs(StackOverflow, RecursionError)

    def test_catches_cpython_recursion_limit(self):
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(200)
        try:
            with self.assertRaises(StackOverflow):
                _recurse(0)
        finally:
            sys.setrecursionlimit(limit)


if __name__ == "__main__":
    unittest.main()
