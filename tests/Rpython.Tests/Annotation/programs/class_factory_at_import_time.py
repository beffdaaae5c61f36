import sys


class Opcode(object):
    name = "?"
    arity = 0

    def stack_effect(self):
        return 1 - self.arity


def make_opcode_class(name, arity):
    class Op(Opcode):
        pass
    Op.name = name
    Op.arity = arity
    Op.__name__ = "Op_" + name
    return Op


LoadConst = make_opcode_class("load_const", 0)
BinaryAdd = make_opcode_class("binary_add", 2)
Negate = make_opcode_class("negate", 1)


def total_effect(ops):
    depth = 0
    for op in ops:
        depth += op.stack_effect()
    return depth


def entry_point(argv):
    ops = [LoadConst(), LoadConst(), BinaryAdd(), Negate()]
    if len(argv) > 1:
        ops.append(LoadConst())
    return total_effect(ops) + len(ops[0].name)


if __name__ == "__main__":
    entry_point(sys.argv)
