"""A reverse-Polish-notation calculator over floats, fed by the command line ('# args:'):
numbers are pushed, operators pop two values; errors (stack underflow, unknown token, division
by zero) are reported and the program exits with 2 after printing the stack so far."""
# args: 3 4 + 2 * 7 / 1.5 - 10 sqrt 2 ^ swap dup * 1 0 /
import math
from rpython.rlib.rfile import write_stdout, write_stderr


class CalcError(Exception):
    def __init__(self, message):
        self.message = message


class Calculator(object):
    def __init__(self):
        self.stack = []

    def pop(self):
        if not self.stack:
            raise CalcError("stack underflow")
        return self.stack.pop()

    def apply(self, token):
        if token == "+":
            b = self.pop()
            self.stack.append(self.pop() + b)
        elif token == "-":
            b = self.pop()
            self.stack.append(self.pop() - b)
        elif token == "*":
            b = self.pop()
            self.stack.append(self.pop() * b)
        elif token == "/":
            b = self.pop()
            a = self.pop()
            try:
                self.stack.append(a / b)
            except ZeroDivisionError:
                raise CalcError("division by zero")
        elif token == "^":
            b = self.pop()
            self.stack.append(math.pow(self.pop(), b))
        elif token == "sqrt":
            self.stack.append(math.sqrt(self.pop()))
        elif token == "dup":
            a = self.pop()
            self.stack.append(a)
            self.stack.append(a)
        elif token == "swap":
            b = self.pop()
            a = self.pop()
            self.stack.append(b)
            self.stack.append(a)
        else:
            try:
                self.stack.append(float(token))
            except ValueError:
                raise CalcError("unknown token '%s'" % token)

    def show(self):
        return "[" + ", ".join([str(x) for x in self.stack]) + "]"


def entry_point(argv):
    calc = Calculator()
    for token in argv[1:]:
        try:
            calc.apply(token)
        except CalcError as e:
            write_stderr("error at '%s': %s\n" % (token, e.message))
            write_stdout("stack: %s\n" % calc.show())
            return 2
        write_stdout("%-5s -> %s\n" % (token, calc.show()))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
