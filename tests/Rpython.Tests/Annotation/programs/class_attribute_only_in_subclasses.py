import sys


class Opcode(object):
    def stack_effect(self):
        return 1 - self.arity


class LoadConst(Opcode):
    arity = 0


class BinaryAdd(Opcode):
    arity = 2


def entry_point(argv):
    ops = [LoadConst(), BinaryAdd()]
    total = 0
    for op in ops:
        total += op.stack_effect()
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
