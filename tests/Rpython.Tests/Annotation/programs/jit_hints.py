import sys
from rpython.rlib.jit import JitDriver, elidable, promote, we_are_jitted

driver = JitDriver(greens=["pc", "code"], reds=["acc"])


@elidable
def cost(code, pc):
    return ord(code[pc]) - 48


def run(code):
    pc = 0
    acc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, acc=acc)
        acc += cost(code, pc)
        pc += 1
    if we_are_jitted():
        return promote(acc)
    return acc


def entry_point(argv):
    return run("12345")


if __name__ == "__main__":
    entry_point(sys.argv)
