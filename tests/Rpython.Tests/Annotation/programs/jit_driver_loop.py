import sys
from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "program"], reds=["acc", "counter"])


def interpret(program, counter):
    pc = 0
    acc = 0
    while pc < len(program):
        driver.jit_merge_point(pc=pc, program=program, acc=acc,
                               counter=counter)
        c = program[pc]
        if c == "i":
            acc += 1
        elif c == "d":
            acc -= 1
        elif c == "j" and counter > 0:
            counter -= 1
            pc = 0
            driver.can_enter_jit(pc=pc, program=program, acc=acc,
                                 counter=counter)
            continue
        pc += 1
    return acc


def entry_point(argv):
    return interpret("iidij", 3 + len(argv))


if __name__ == "__main__":
    entry_point(sys.argv)
