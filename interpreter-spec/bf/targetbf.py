"""A Brainfuck interpreter with JIT hints, after the PyPy JIT tutorial (Andrew Brown, 2011).

An RPython target: ``target()`` returns the entry point.  Untranslated it runs on CPython
with ``toolchain/`` on PYTHONPATH:  ``python3 targetbf.py program.b``.
Cells hold 0..255 and wrap around, as most Brainfuck programs expect.
"""

import sys

from rpython.rlib.jit import JitDriver, elidable
from rpython.rlib.rfile import read_file, read_stdin_byte, write_stderr, write_stdout


def get_location(pc, program, bracket_map):
    """Name a position for JIT logs: the program with the current instruction set apart."""
    return "%s_%s_%s" % (program[:pc], program[pc], program[pc + 1:])


jitdriver = JitDriver(greens=['pc', 'program', 'bracket_map'], reds=['tape'],
                      get_printable_location=get_location)


@elidable
def get_matching_bracket(bracket_map, pc):
    """The position of the bracket matching the one at ``pc`` (constant for the JIT)."""
    return bracket_map[pc]


class Tape(object):
    """The memory: a list of cells growing to the right, and the current position."""

    def __init__(self):
        self.thetape = [0]
        self.position = 0

    def get(self):
        return self.thetape[self.position]

    def set(self, val):
        self.thetape[self.position] = val

    def inc(self):
        self.thetape[self.position] = (self.thetape[self.position] + 1) & 0xFF

    def dec(self):
        self.thetape[self.position] = (self.thetape[self.position] - 1) & 0xFF

    def advance(self):
        self.position += 1
        if len(self.thetape) <= self.position:
            self.thetape.append(0)

    def devance(self):
        self.position -= 1


def mainloop(program, bracket_map):
    pc = 0
    tape = Tape()
    while pc < len(program):
        jitdriver.jit_merge_point(pc=pc, tape=tape, program=program,
                                  bracket_map=bracket_map)
        code = program[pc]
        if code == ">":
            tape.advance()
        elif code == "<":
            tape.devance()
        elif code == "+":
            tape.inc()
        elif code == "-":
            tape.dec()
        elif code == ".":
            write_stdout(chr(tape.get()))
        elif code == ",":
            byte = read_stdin_byte()
            tape.set(byte if byte >= 0 else 0)
        elif code == "[" and tape.get() == 0:
            pc = get_matching_bracket(bracket_map, pc)     # skip forward
        elif code == "]" and tape.get() != 0:
            pc = get_matching_bracket(bracket_map, pc)     # loop back
        pc += 1


def parse(program):
    """Keep only the 8 instructions, and map each bracket to its partner."""
    parsed = []
    bracket_map = {}
    leftstack = []
    pc = 0
    for char in program:
        if char in "[]<>+-,.":
            parsed.append(char)
            if char == "[":
                leftstack.append(pc)
            elif char == "]":
                left = leftstack.pop()
                bracket_map[left] = pc
                bracket_map[pc] = left
            pc += 1
    return "".join(parsed), bracket_map


def run(source):
    program, bracket_map = parse(source)
    mainloop(program, bracket_map)


def entry_point(argv):
    if len(argv) < 2:
        write_stderr("usage: %s program.b\n" % argv[0])
        return 1
    run(read_file(argv[1]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
