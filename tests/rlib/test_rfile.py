"""Tests for rpython.rlib.rfile.  Output and input go through real file descriptors,
so those tests run a child python3 with toolchain/ on PYTHONPATH."""

import os
import subprocess
import sys
import tempfile
import unittest

from rpython.rlib import rfile
from rpython.rlib.rfile import (flush_stdout, read_file, read_stdin_byte, read_stdin_line, write_stderr,
                                write_stdout)

TOOLCHAIN = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', 'toolchain'))


def run_python(code, stdin=b''):
    """Run ``code`` in a fresh python3 with the RPython library importable."""
    env = dict(os.environ, PYTHONPATH=TOOLCHAIN)
    return subprocess.run([sys.executable, '-c', code], input=stdin, env=env,
                          capture_output=True, timeout=60, check=False)


class ReadFileTests(unittest.TestCase):

    def write_temp(self, data):
        fd, path = tempfile.mkstemp()
        with os.fdopen(fd, 'wb') as f:
            f.write(data)
        self.addCleanup(os.remove, path)
        return path

    def test_reads_utf8_text(self):
        path = self.write_temp('h\u00e9llo \u20ac\n\U0001F600\r\nend'.encode('utf-8'))
        self.assertEqual(read_file(path), 'h\u00e9llo \u20ac\n\U0001F600\r\nend')

    def test_empty_file(self):
        self.assertEqual(read_file(self.write_temp(b'')), '')

    def test_large_file_is_read_completely(self):
        data = ('0123456789abcdef' * 20000).encode('ascii')    # several read chunks
        self.assertEqual(read_file(self.write_temp(data)), data.decode('ascii'))

    def test_invalid_utf8_becomes_replacement_characters(self):
        self.assertEqual(read_file(self.write_temp(b'a\xffb')), 'a\ufffdb')

    def test_bom_is_kept(self):
        self.assertEqual(read_file(self.write_temp(b'\xef\xbb\xbfx')), '\ufeffx')

    def test_missing_file_raises_oserror(self):
        with self.assertRaises(OSError):
            read_file(os.path.join(tempfile.gettempdir(), 'no-such-dir-rlib', 'x.b'))

    def test_a_directory_raises_oserror(self):
        with self.assertRaises(OSError):
            read_file(tempfile.gettempdir())


class OutputTests(unittest.TestCase):

    def test_write_stdout_and_stderr(self):
        r = run_python("from rpython.rlib.rfile import *\n"
                       "write_stdout('out \\u20ac\\n')\n"
                       "write_stderr('err\\n')\n"
                       "write_stdout('')\n"
                       "flush_stdout()\n")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, 'out \u20ac\n'.encode('utf-8'))
        self.assertEqual(r.stderr, b'err\n')

    def test_order_with_print_is_kept(self):
        r = run_python("from rpython.rlib.rfile import write_stdout, flush_stdout\n"
                       "print('1')\n"
                       "write_stdout('2\\n')\n"
                       "print('3', end='')\n"
                       "flush_stdout()\n"
                       "write_stdout('4')\n")
        self.assertEqual(r.stdout, b'1\n2\n34')

    def test_large_output(self):
        r = run_python("from rpython.rlib.rfile import write_stdout\n"
                       "write_stdout('x' * 1000000)\n")
        self.assertEqual(r.stdout, b'x' * 1000000)

    def test_unencodable_characters_become_question_marks(self):
        r = run_python("from rpython.rlib.rfile import write_stdout\n"
                       "write_stdout('a\\ud800b')\n")
        self.assertEqual(r.stdout, b'a?b')

    def test_only_str_is_written(self):
        with self.assertRaises(TypeError):
            write_stdout(b'bytes')
        with self.assertRaises(TypeError):
            write_stderr(5)

    def test_flush_stdout_in_process(self):
        self.assertIsNone(flush_stdout())


class ReadStdinByteTests(unittest.TestCase):

    def test_bytes_then_minus_one_at_eof(self):
        r = run_python("from rpython.rlib.rfile import read_stdin_byte\n"
                       "print([read_stdin_byte() for _ in range(4)])\n",
                       stdin=b'A\xff\n')
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.decode().strip(), '[65, 255, 10, -1]')


class ReadStdinLineTests(unittest.TestCase):

    def test_lines_then_empty_string_at_eof(self):
        r = run_python("from rpython.rlib.rfile import read_stdin_line\n"
                       "lines = []\n"
                       "while True:\n"
                       "    line = read_stdin_line()\n"
                       "    lines.append(line)\n"
                       "    if not line:\n"
                       "        break\n"
                       "print(repr(lines))\n",
                       stdin='first\n\nthird \u20ac\nlast'.encode('utf-8'))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.decode('utf-8').strip(),
                         repr(['first\n', '\n', 'third \u20ac\n', 'last', '']))

    def test_does_not_read_ahead(self):
        r = run_python("import os\n"
                       "from rpython.rlib.rfile import read_stdin_line\n"
                       "print(repr(read_stdin_line()))\n"
                       "print(repr(os.read(0, 100)))\n",
                       stdin=b'line\nrest')
        self.assertEqual(r.stdout.decode().split(), ["'line\\n'", "b'rest'"])

    def test_empty_stdin(self):
        r = run_python("from rpython.rlib.rfile import read_stdin_line\n"
                       "print(repr(read_stdin_line()))\n")
        self.assertEqual(r.stdout.strip(), b"''")


class ModuleTests(unittest.TestCase):

    def test_docstring_documents_os_functions(self):
        for name in ['os.read', 'os.write', 'bytes']:
            self.assertIn(name, rfile.__doc__)

    def test_public_names_have_docstrings(self):
        for fn in [read_file, write_stdout, write_stderr, read_stdin_line, flush_stdout]:
            self.assertTrue(fn.__doc__, fn.__name__)


if __name__ == '__main__':
    unittest.main()
