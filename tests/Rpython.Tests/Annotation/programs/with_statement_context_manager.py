import sys


class Indent(object):
    def __init__(self, printer):
        self.printer = printer

    def __enter__(self):
        self.printer.level += 1
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.printer.level -= 1
        return False


class Printer(object):
    def __init__(self):
        self.level = 0
        self.lines = []

    def line(self, text):
        self.lines.append("  " * self.level + text)


def entry_point(argv):
    p = Printer()
    p.line("begin")
    with Indent(p):
        p.line(argv[0])
    p.line("end")
    return len(p.lines) + p.level


if __name__ == "__main__":
    entry_point(sys.argv)
