"""Runs the Lox VM (interpreter-spec/lox/targetlox.py) untranslated: its command line, exit codes
and messages, and the parts that stand in for the C library (number text, the disassembler).
The official test suite runs through tests/tools/lox_suite.py (and translated in the NUnit suite).
"""

import math
import os
import random
import struct
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
TOOLCHAIN = os.path.join(ROOT, 'toolchain')
LOX = os.path.join(ROOT, 'interpreter-spec', 'lox')
sys.path.insert(0, LOX)

import compiler  # noqa: E402  (found through the path set above)
import debug  # noqa: E402
import numformat  # noqa: E402
import targetlox  # noqa: E402
import vm  # noqa: E402


def run_lox(args, stdin=b''):
    env = dict(os.environ, PYTHONPATH=TOOLCHAIN)
    return subprocess.run([sys.executable, os.path.join(LOX, 'targetlox.py')] + args,
                          input=stdin, env=env, capture_output=True, timeout=120, check=False)


def run_source(source):
    fd, path = tempfile.mkstemp(suffix='.lox')
    with os.fdopen(fd, 'w') as f:
        f.write(source)
    try:
        return run_lox([path])
    finally:
        os.remove(path)


class LoxProgramTests(unittest.TestCase):

    def test_closures_classes_and_super(self):
        r = run_source('''
            fun counter() { var n = 0; fun inc() { n = n + 1; return n; } return inc; }
            var c = counter(); c(); print c();
            class A { init(x) { this.x = x; } get() { return this.x; } }
            class B < A { get() { return super.get() * 2; } }
            print B(21).get();
            print B; print B(1); print B(1).get; print clock;
        ''')
        self.assertEqual((r.returncode, r.stderr), (0, b''))
        self.assertEqual(r.stdout, b'2\n42\nB\nB instance\n<fn get>\n<native fn>\n')

    def test_runtime_error_prints_the_message_and_the_stack_trace(self):
        r = run_source('fun f(x) {\n  return x + nil;\n}\nf(1);\n')
        self.assertEqual(r.returncode, 70)
        self.assertEqual(r.stderr, b'Operands must be two numbers or two strings.\n'
                                   b'[line 2] in f()\n[line 4] in script\n')

    def test_compile_errors_are_reported_once_per_statement(self):
        r = run_source('print 1 +;\nvar = 2;\nprint "ok"')
        self.assertEqual(r.returncode, 65)
        self.assertEqual(r.stdout, b'')
        self.assertEqual(r.stderr, b"[line 1] Error at ';': Expect expression.\n"
                                   b"[line 2] Error at '=': Expect variable name.\n"
                                   b"[line 3] Error at end: Expect ';' after value.\n")

    def test_usage_and_unreadable_file(self):
        r = run_lox(['a.lox', 'b.lox'])
        self.assertEqual((r.returncode, r.stderr), (64, b'Usage: clox [path]\n'))
        r = run_lox([os.path.join(LOX, 'no such file.lox')])
        self.assertEqual(r.returncode, 74)
        self.assertIn(b'Could not open file', r.stderr)

    def test_repl_keeps_globals_between_lines(self):
        r = run_lox([], stdin=b'var a = 20;\nprint a + 1;\nprint b;\nprint a;\n')
        self.assertEqual(r.stdout, b'> > 21\n> > 20\n> \n')
        self.assertEqual(r.stderr, b"Undefined variable 'b'.\n[line 1] in script\n")
        self.assertEqual(r.returncode, 0)

    def test_target_returns_the_entry_point(self):
        self.assertEqual(targetlox.target(None, []), (targetlox.entry_point, None))

    def test_jitdriver_declaration(self):
        d = vm.jitdriver
        self.assertEqual(d.greens, ['ip', 'chunk'])
        self.assertEqual(d.reds, ['frame', 'vm'])
        function = compiler.compile('print 1;')
        self.assertEqual(vm.get_location(0, function.chunk), '0 OP_CONSTANT')


class NumberTextTests(unittest.TestCase):
    """numformat stands in for printf("%g") and strtod: CPython's own are the oracle."""

    def test_format_is_printf_g(self):
        samples = [0.0, 1.0, 2.5, 1e20, 1 / 3, 123.456, 0.001, 999999.5, 9999995.0, 0.5,
                   1e-5, 0.0001, 123456.5, 5e-324, 1.7976931348623157e308, 2.0 ** 53 + 2]
        rng = random.Random(42)
        for _ in range(3000):
            samples.append(struct.unpack('d', struct.pack('Q', rng.getrandbits(64)))[0])
            samples.append(rng.randint(0, 10 ** rng.randint(1, 12)) / 10 ** rng.randint(0, 8))
        for x in samples:
            if x != x:
                continue
            for value in (x, -x):
                self.assertEqual(numformat.format_number(value), '%g' % value, repr(value))

    def test_special_values(self):
        self.assertEqual(numformat.format_number(-0.0), '-0')
        self.assertEqual(numformat.format_number(math.inf), 'inf')
        self.assertEqual(numformat.format_number(-math.inf), '-inf')
        self.assertEqual(numformat.format_number(math.nan), 'nan')
        self.assertEqual(numformat.format_number(-math.nan), '-nan')
        self.assertEqual(vm.divide(1.0, -0.0), -math.inf)
        self.assertEqual(numformat.format_number(vm.divide(0.0, 0.0)), '-nan')

    def test_parse_is_strtod(self):
        literals = ['0', '0.0', '007', '123.456', '0.1', '9007199254740993', '1' * 40,
                    '2' + '0' * 308, '1' + '0' * 309, '0.' + '0' * 323 + '247032822920623272088',
                    '0.' + '0' * 323 + '2470328229206232720882843964341106861825299013071623822127'
                    '9284125033775363510437593264991818081799618989828234772285886546332835517796'
                    '98981993873980053909390631503565951557022639229085839244910518443593180284993'
                    '65361525003193704576782492193656236698636584807570015857692699037063119282795'
                    '585513329278343384093519780155857465461']
        rng = random.Random(7)
        for _ in range(2000):
            whole = str(rng.randint(0, 10 ** rng.randint(1, 30)))
            fraction = str(rng.randint(0, 10 ** rng.randint(1, 30)))
            literals.append(whole + '.' + fraction)
        for literal in literals:
            self.assertEqual(numformat.parse_number(literal), float(literal), literal)


class DisassemblerTests(unittest.TestCase):

    def test_clox_format(self):
        function = compiler.compile('var a = 1;\nif (a) print a;\n')
        chunk = function.chunk
        lines = []
        offset = 0
        while offset < len(chunk.code):
            text, offset = debug.instruction_text(chunk, offset)
            lines.append(text)
        self.assertEqual(''.join(lines),
                         "0000    1 OP_CONSTANT         1 '1'\n"
                         "0002    | OP_DEFINE_GLOBAL    0 'a'\n"
                         "0004    2 OP_GET_GLOBAL       2 'a'\n"
                         "0006    | OP_JUMP_IF_FALSE    6 -> 16\n"
                         "0009    | OP_POP\n"
                         "0010    | OP_GET_GLOBAL       3 'a'\n"
                         "0012    | OP_PRINT\n"
                         "0013    | OP_JUMP            13 -> 17\n"
                         "0016    | OP_POP\n"
                         "0017    3 OP_NIL\n"
                         "0018    | OP_RETURN\n")

    def test_switches_are_off(self):
        self.assertFalse(debug.DEBUG_PRINT_CODE)
        self.assertFalse(debug.DEBUG_TRACE_EXECUTION)


if __name__ == '__main__':
    unittest.main()
