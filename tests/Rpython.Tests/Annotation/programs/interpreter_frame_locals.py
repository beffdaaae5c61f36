import sys

LOAD_CONST = 0
STORE = 1
LOAD = 2
ADD = 3
RETURN = 4


class Code(object):
    def __init__(self, ops, consts, nlocals):
        self.ops = ops
        self.consts = consts
        self.nlocals = nlocals


class Frame(object):
    def __init__(self, code):
        self.code = code
        self.locals = [0] * code.nlocals
        self.stack = []

    def run(self):
        ops = self.code.ops
        i = 0
        while i < len(ops):
            op = ops[i]
            arg = ops[i + 1]
            i += 2
            if op == LOAD_CONST:
                self.stack.append(self.code.consts[arg])
            elif op == STORE:
                self.locals[arg] = self.stack.pop()
            elif op == LOAD:
                self.stack.append(self.locals[arg])
            elif op == ADD:
                b = self.stack.pop()
                self.stack.append(self.stack.pop() + b)
            elif op == RETURN:
                return self.stack.pop()
        return -1


def entry_point(argv):
    ops = [LOAD_CONST, 0, STORE, 0, LOAD, 0, LOAD_CONST, 1, ADD, 0, RETURN, 0]
    code = Code(ops, [40, 2 + len(argv)], 1)
    return Frame(code).run()


if __name__ == "__main__":
    entry_point(sys.argv)
