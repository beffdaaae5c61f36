import sys


class InterpreterError(Exception):
    def __init__(self, message, line):
        Exception.__init__(self, message)
        self.message = message
        self.line = line


class SyntaxProblem(InterpreterError):
    pass


def check_line(text, line):
    if text.startswith("!"):
        raise SyntaxProblem("unexpected '!'", line)
    return len(text)


def entry_point(argv):
    total = 0
    for i, text in enumerate(["ok", "!bad", argv[0]]):
        try:
            total += check_line(text, i)
        except InterpreterError as e:
            total -= e.line
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
