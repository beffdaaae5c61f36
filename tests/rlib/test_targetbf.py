"""Runs the Brainfuck interpreter (interpreter-spec/bf/targetbf.py) untranslated."""

import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
TOOLCHAIN = os.path.join(ROOT, 'toolchain')
BF = os.path.join(ROOT, 'interpreter-spec', 'bf')
sys.path.insert(0, BF)

import targetbf  # noqa: E402  (found through the path set above)

HELLO_WORLD = """
Prints Hello World! and a newline; from the Wikipedia article on Brainfuck
(comments must not contain any of the eight instruction characters)
++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.
--------.>>+.>++.
"""


def run_bf(source, stdin=b''):
    fd, path = tempfile.mkstemp(suffix='.b')
    with os.fdopen(fd, 'w') as f:
        f.write(source)
    try:
        env = dict(os.environ, PYTHONPATH=TOOLCHAIN)
        return subprocess.run([sys.executable, os.path.join(BF, 'targetbf.py'), path],
                              input=stdin, env=env, capture_output=True, timeout=120,
                              check=False)
    finally:
        os.remove(path)


class BfTutorialTests(unittest.TestCase):

    def test_hello_world(self):
        r = run_bf(HELLO_WORLD)
        self.assertEqual(r.stderr, b'')
        self.assertEqual(r.returncode, 0)
        self.assertEqual(r.stdout, b'Hello World!\n')

    def test_input_is_echoed_until_end_of_input(self):
        r = run_bf(',[.,]', stdin=b'echo me')
        self.assertEqual((r.returncode, r.stdout), (0, b'echo me'))

    def test_cells_wrap_around(self):
        r = run_bf('-.+.')           # 0 - 1 = 255, then back to 0
        self.assertEqual(r.stdout, '\u00ff\x00'.encode('utf-8'))

    def test_usage_error(self):
        env = dict(os.environ, PYTHONPATH=TOOLCHAIN)
        r = subprocess.run([sys.executable, os.path.join(BF, 'targetbf.py')], env=env,
                           capture_output=True, timeout=60, check=False)
        self.assertEqual(r.returncode, 1)
        self.assertIn(b'usage:', r.stderr)

    def test_target_returns_the_entry_point(self):
        self.assertEqual(targetbf.target(None, []), (targetbf.entry_point, None))

    def test_parse_and_printable_location(self):
        program, bracket_map = targetbf.parse('a+[-]b.')
        self.assertEqual(program, '+[-].')
        self.assertEqual(bracket_map, {1: 3, 3: 1})
        self.assertEqual(targetbf.get_location(1, program, bracket_map), '+_[_-].')
        self.assertEqual(targetbf.get_matching_bracket(bracket_map, 3), 1)
        self.assertTrue(targetbf.get_matching_bracket._elidable_function_)

    def test_jitdriver_declaration(self):
        d = targetbf.jitdriver
        self.assertEqual(d.greens, ['pc', 'program', 'bracket_map'])
        self.assertEqual(d.reds, ['tape'])
        self.assertIs(d.get_printable_location, targetbf.get_location)


if __name__ == '__main__':
    unittest.main()
