"""A tiny stack virtual machine: bytecode as a list of ints, a dispatch loop with an explicit
program counter, jumps, a call stack of frames, locals, and programs assembled from text at
run time (factorial, a loop summing odd numbers, recursive Fibonacci through CALL/RET)."""
from rpython.rlib.rfile import write_stdout

PUSH, POP, ADD, SUB, MUL, LT, JMP, JZ, LOAD, STORE, PRINT, CALL, RET, HALT, DUP, MOD = range(16)
NAMES = ["PUSH", "POP", "ADD", "SUB", "MUL", "LT", "JMP", "JZ", "LOAD", "STORE", "PRINT", "CALL", "RET", "HALT", "DUP", "MOD"]
HAS_ARG = [True, False, False, False, False, False, True, True, True, True, False, True, False, False, False, False]


class Frame(object):
    def __init__(self, return_pc, nlocals):
        self.return_pc = return_pc
        self.locals = [0] * nlocals


def assemble(text):
    code = []
    labels = {}
    pending = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op = NAMES.index(parts[0])
        code.append(op)
        if HAS_ARG[op]:
            arg = parts[1]
            if arg[0].isdigit() or arg[0] == "-":
                code.append(int(arg))
            else:
                pending.append((len(code), arg))
                code.append(0)
    for pos, name in pending:
        code[pos] = labels[name]
    return code


def run(code, out):
    stack = []
    frames = [Frame(-1, 8)]
    pc = 0
    steps = 0
    while True:
        steps += 1
        op = code[pc]
        pc += 1
        if op == PUSH:
            stack.append(code[pc])
            pc += 1
        elif op == POP:
            stack.pop()
        elif op == DUP:
            stack.append(stack[-1])
        elif op == ADD:
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b)
        elif op == SUB:
            b = stack.pop()
            a = stack.pop()
            stack.append(a - b)
        elif op == MUL:
            b = stack.pop()
            a = stack.pop()
            stack.append(a * b)
        elif op == MOD:
            b = stack.pop()
            a = stack.pop()
            stack.append(a % b)
        elif op == LT:
            b = stack.pop()
            a = stack.pop()
            if a < b:
                stack.append(1)
            else:
                stack.append(0)
        elif op == JMP:
            pc = code[pc]
        elif op == JZ:
            target = code[pc]
            pc += 1
            if stack.pop() == 0:
                pc = target
        elif op == LOAD:
            stack.append(frames[-1].locals[code[pc]])
            pc += 1
        elif op == STORE:
            frames[-1].locals[code[pc]] = stack.pop()
            pc += 1
        elif op == PRINT:
            out.append(str(stack.pop()))
        elif op == CALL:
            frames.append(Frame(pc + 1, 8))
            pc = code[pc]
        elif op == RET:
            frame = frames.pop()
            pc = frame.return_pc
        elif op == HALT:
            return steps


FACTORIAL = """
    PUSH 1
    STORE 0
    PUSH 10
    STORE 1
loop:
    LOAD 1
    JZ done
    LOAD 0
    LOAD 1
    MUL
    STORE 0
    LOAD 1
    PUSH 1
    SUB
    STORE 1
    JMP loop
done:
    LOAD 0
    PRINT
    HALT
"""

ODD_SUM = """
    PUSH 0
    STORE 0      ; total
    PUSH 0
    STORE 1      ; i
loop:
    LOAD 1
    PUSH 100
    LT
    JZ done
    LOAD 1
    PUSH 2
    MOD
    JZ skip
    LOAD 0
    LOAD 1
    ADD
    STORE 0
skip:
    LOAD 1
    PUSH 1
    ADD
    STORE 1
    JMP loop
done:
    LOAD 0
    PRINT
    HALT
"""

FIB = """
    PUSH 20
    CALL fib
    PRINT
    PUSH 1
    CALL fib
    PRINT
    HALT
fib:
    STORE 0
    LOAD 0
    PUSH 2
    LT
    JZ recurse
    LOAD 0
    RET
recurse:
    LOAD 0
    PUSH 1
    SUB
    CALL fib
    LOAD 0
    PUSH 2
    SUB
    CALL fib
    ADD
    RET
"""


def entry_point(argv):
    for name, source in [("factorial", FACTORIAL), ("odd sum", ODD_SUM), ("fib", FIB)]:
        code = assemble(source)
        out = []
        steps = run(code, out)
        write_stdout("%s: %d words of code, output %s, %d steps\n" % (name, len(code), " ".join(out), steps))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
