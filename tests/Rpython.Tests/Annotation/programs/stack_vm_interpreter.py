import sys
from rpython.rlib.rfile import write_stdout

PUSH = 0
ADD = 1
MUL = 2
DUP = 3
PRINT = 4
HALT = 5


class VM(object):
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.pc = 0

    def push(self, value):
        self.stack.append(value)

    def pop(self):
        return self.stack.pop()

    def run(self):
        while True:
            op = self.code[self.pc]
            self.pc += 1
            if op == PUSH:
                self.push(self.code[self.pc])
                self.pc += 1
            elif op == ADD:
                right = self.pop()
                self.push(self.pop() + right)
            elif op == MUL:
                right = self.pop()
                self.push(self.pop() * right)
            elif op == DUP:
                value = self.pop()
                self.push(value)
                self.push(value)
            elif op == PRINT:
                write_stdout("%d\n" % self.stack[-1])
            elif op == HALT:
                break
        return self.pop()


def entry_point(argv):
    code = [PUSH, len(argv), PUSH, 3, ADD, DUP, MUL, PRINT, HALT]
    vm = VM(code)
    result = vm.run()
    return 0 if result > 0 else 1


if __name__ == "__main__":
    entry_point(sys.argv)
