"""A recursive-descent parser and evaluator for integer expressions with precedence (+ - * / %
unary minus, parentheses, comparison), variables from a dict, Python's floor division and
modulo semantics, and syntax errors reported with the position."""
from rpython.rlib.rfile import write_stdout


class SyntaxErr(Exception):
    def __init__(self, pos, message):
        self.pos = pos
        self.message = message


class EvalErr(Exception):
    def __init__(self, message):
        self.message = message


class Parser(object):
    def __init__(self, text, env):
        self.text = text
        self.pos = 0
        self.env = env

    def peek(self):
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1
        if self.pos < len(self.text):
            return self.text[self.pos]
        return ""

    def parse(self):
        v = self.comparison()
        if self.peek() != "":
            raise SyntaxErr(self.pos, "unexpected '%s'" % self.peek())
        return v

    def comparison(self):
        left = self.expr()
        c = self.peek()
        if c == "<" or c == ">" or c == "=":
            self.pos += 1
            right = self.expr()
            if c == "<":
                return int(left < right)
            if c == ">":
                return int(left > right)
            return int(left == right)
        return left

    def expr(self):
        v = self.term()
        while True:
            c = self.peek()
            if c == "+":
                self.pos += 1
                v = v + self.term()
            elif c == "-":
                self.pos += 1
                v = v - self.term()
            else:
                return v

    def term(self):
        v = self.unary()
        while True:
            c = self.peek()
            if c == "*":
                self.pos += 1
                v = v * self.unary()
            elif c == "/" or c == "%":
                self.pos += 1
                d = self.unary()
                if d == 0:
                    raise EvalErr("division by zero")
                if c == "/":
                    v = v // d
                else:
                    v = v % d
            else:
                return v

    def unary(self):
        if self.peek() == "-":
            self.pos += 1
            return -self.unary()
        return self.atom()

    def atom(self):
        c = self.peek()
        if c == "(":
            self.pos += 1
            v = self.comparison()
            if self.peek() != ")":
                raise SyntaxErr(self.pos, "expected ')'")
            self.pos += 1
            return v
        if c.isdigit():
            start = self.pos
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
            return int(self.text[start:self.pos])
        if c.isalpha():
            start = self.pos
            while self.pos < len(self.text) and self.text[self.pos].isalnum():
                self.pos += 1
            name = self.text[start:self.pos]
            if name not in self.env:
                raise EvalErr("unknown variable %s" % name)
            return self.env[name]
        if c == "":
            raise SyntaxErr(self.pos, "unexpected end")
        raise SyntaxErr(self.pos, "unexpected '%s'" % c)


def entry_point(argv):
    env = {"x": 7, "y": -3, "big": 1000000}
    for text in ["1 + 2 * 3", "(1 + 2) * 3", "-7 / 2", "7 / -2", "-7 % 3", "x * y - -x", "big * big / x",
                 "2 * (3 + 4) * 5 - 6 / 2", "x > y", "(x = 7) + (y < -5)", "10 / (x - 7)", "1 +", "(2 * 3",
                 "4 $ 5", "z + 1", "--x", "1 2"]:
        try:
            v = Parser(text, env).parse()
            write_stdout("%s = %d\n" % (text, v))
        except SyntaxErr as e:
            write_stdout("%s: syntax error at %d: %s\n" % (text, e.pos, e.message))
        except EvalErr as e:
            write_stdout("%s: error: %s\n" % (text, e.message))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
