import sys


class Parser(object):
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        if self.pos < len(self.text):
            return self.text[self.pos]
        return "\0"

    def expr(self):
        value = self.term()
        while self.peek() == "+" or self.peek() == "-":
            op = self.peek()
            self.pos += 1
            if op == "+":
                value += self.term()
            else:
                value -= self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek() == "*":
            self.pos += 1
            value *= self.factor()
        return value

    def factor(self):
        if self.peek() == "(":
            self.pos += 1
            value = self.expr()
            self.pos += 1
            return value
        value = 0
        while self.peek().isdigit():
            value = value * 10 + ord(self.peek()) - ord("0")
            self.pos += 1
        return value


def entry_point(argv):
    result = Parser("2*(3+4)-5").expr()
    return result - 9


if __name__ == "__main__":
    entry_point(sys.argv)
