"""Exceptions carrying data: attributes set in __init__ (ints, strs, lists, an instance),
methods on exception classes, subclasses adding attributes and calling the base __init__, and
an error report built from the caught exception's fields."""
from rpython.rlib.rfile import write_stdout


class Position(object):
    def __init__(self, line, column):
        self.line = line
        self.column = column


class CompileError(Exception):
    def __init__(self, message, pos):
        self.message = message
        self.pos = pos

    def report(self):
        return "%d:%d: %s" % (self.pos.line, self.pos.column, self.message)


class UndefinedName(CompileError):
    def __init__(self, name, pos, candidates):
        CompileError.__init__(self, "undefined name '%s'" % name, pos)
        self.name = name
        self.candidates = candidates

    def report(self):
        base = CompileError.report(self)
        if self.candidates:
            return base + " (did you mean: %s?)" % ", ".join(self.candidates)
        return base


def check(source):
    known = ["print", "prin", "input", "len"]
    line = 1
    col = 1
    word = []
    for c in source + " ":
        if c.isalpha():
            word.append(c)
        else:
            if word:
                w = "".join(word)
                if w not in known:
                    similar = [k for k in known if k.startswith(w[:2])]
                    raise UndefinedName(w, Position(line, col - len(w)), similar)
                word = []
            if c == "!":
                raise CompileError("unexpected '!'", Position(line, col))
        if c == "\n":
            line += 1
            col = 1
        else:
            col += 1
    return line


def entry_point(argv):
    for src in ["print len", "len\npritn x", "input !", "foo", "print\nlen\ninput"]:
        try:
            lines = check(src)
            write_stdout("ok, %d lines\n" % lines)
        except UndefinedName as e:
            write_stdout("UndefinedName %s: %s [%d candidates]\n" % (e.name, e.report(), len(e.candidates)))
        except CompileError as e:
            write_stdout("CompileError: %s\n" % e.report())
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
