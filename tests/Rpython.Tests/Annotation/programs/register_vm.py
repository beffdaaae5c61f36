import sys

LOAD = 0
ADD = 1
DEC = 2
JNZ = 3
HALT = 4


def run(program, registers):
    pc = 0
    steps = 0
    while True:
        op, a, b = program[pc]
        steps += 1
        if op == LOAD:
            registers[a] = b
        elif op == ADD:
            registers[a] += registers[b]
        elif op == DEC:
            registers[a] -= 1
        elif op == JNZ:
            if registers[a] != 0:
                pc = b
                continue
        elif op == HALT:
            break
        pc += 1
    return steps


def entry_point(argv):
    program = [
        (LOAD, 0, 0),
        (LOAD, 1, 5 + len(argv)),
        (ADD, 0, 1),
        (DEC, 1, 0),
        (JNZ, 1, 2),
        (HALT, 0, 0),
    ]
    registers = [0] * 4
    steps = run(program, registers)
    return registers[0] + steps


if __name__ == "__main__":
    entry_point(sys.argv)
