from rpython.rlib.jit import JitDriver

driver = JitDriver(greens=["pc", "code"], reds=["acc"])


def run(code):
    pc = 0
    acc = 0
    while pc < len(code):
        driver.jit_merge_point(pc=pc, code=code, total=acc)
        acc += 1
        pc += 1
    return acc


def entry_point(argv):
    return run(argv[0])
