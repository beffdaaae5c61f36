import sys

OP_CONST = 0
OP_ADD = 1
OP_MUL = 2


class Num(object):
    def __init__(self, value):
        self.value = value

    def compile(self, code):
        code.append(OP_CONST)
        code.append(self.value)


class BinOp(Num):
    def __init__(self, opcode, left, right):
        Num.__init__(self, 0)
        self.opcode = opcode
        self.left = left
        self.right = right

    def compile(self, code):
        self.left.compile(code)
        self.right.compile(code)
        code.append(self.opcode)


def execute(code):
    stack = []
    pc = 0
    while pc < len(code):
        op = code[pc]
        pc += 1
        if op == OP_CONST:
            stack.append(code[pc])
            pc += 1
        else:
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b if op == OP_ADD else a * b)
    return stack[-1]


def entry_point(argv):
    tree = BinOp(OP_ADD, Num(2), BinOp(OP_MUL, Num(3), Num(len(argv))))
    code = []
    tree.compile(code)
    return execute(code)


if __name__ == "__main__":
    entry_point(sys.argv)
