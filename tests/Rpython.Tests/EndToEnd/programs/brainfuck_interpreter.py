"""A Brainfuck interpreter with a precomputed bracket map, a growing tape of byte cells that
wrap modulo 256, and input from stdin through read_stdin_byte (',' stores 0 at end of input).
Runs a hello-world program and a program that prints its input backwards."""
from rpython.rlib.rfile import write_stdout, read_stdin_byte

HELLO = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
REVERSE = ">,[>,]<[.<]"  # reads stdin up to its end (0), prints it backwards


def bracket_map(program):
    stack = []
    result = {}
    for i in range(len(program)):
        c = program[i]
        if c == "[":
            stack.append(i)
        elif c == "]":
            start = stack.pop()
            result[start] = i
            result[i] = start
    return result


def run(program, limit):
    brackets = bracket_map(program)
    tape = [0] * 16
    ptr = 0
    pc = 0
    out = []
    steps = 0
    while pc < len(program) and steps < limit:
        c = program[pc]
        steps += 1
        if c == ">":
            ptr += 1
            if ptr == len(tape):
                tape.extend([0] * len(tape))
        elif c == "<":
            ptr -= 1
        elif c == "+":
            tape[ptr] = (tape[ptr] + 1) % 256
        elif c == "-":
            tape[ptr] = (tape[ptr] - 1) % 256
        elif c == ".":
            out.append(chr(tape[ptr]))
        elif c == ",":
            b = read_stdin_byte()
            if b < 0:
                b = 0
            tape[ptr] = b
        elif c == "[":
            if tape[ptr] == 0:
                pc = brackets[pc]
        elif c == "]":
            if tape[ptr] != 0:
                pc = brackets[pc]
        pc += 1
    return "".join(out), steps, len(tape)


def entry_point(argv):
    text, steps, size = run(HELLO, 1000000)
    write_stdout("%s[%d steps, tape %d]\n" % (text, steps, size))
    text, steps, size = run(REVERSE, 1000000)
    write_stdout("[%s] [%d steps, tape %d]\n" % (text, steps, size))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
