import sys


class ForthError(Exception):
    def __init__(self, message):
        self.message = message


def find_token(tokens, wanted, start):
    for i in range(start, len(tokens)):
        if tokens[i] == wanted:
            return i
    raise ForthError("missing " + wanted)


class Forth(object):
    def __init__(self):
        self.stack = []
        self.words = {}

    def pop(self):
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack.pop()

    def run(self, source):
        tokens = source.split(" ")
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            i += 1
            if tok == ":":
                end = find_token(tokens, ";", i)
                self.words[tokens[i]] = " ".join(tokens[i + 1:end])
                i = end + 1
            elif tok in self.words:
                self.run(self.words[tok])
            elif tok == "+":
                self.stack.append(self.pop() + self.pop())
            elif tok == "dup":
                self.stack.append(self.stack[-1])
            elif tok.isdigit():
                self.stack.append(int(tok))
            elif tok != "":
                raise ForthError("unknown word " + tok)


def entry_point(argv):
    forth = Forth()
    try:
        forth.run(": double dup + ; 3 double double")
        forth.run(argv[0])
    except ForthError as e:
        return len(e.message)
    return forth.pop()


if __name__ == "__main__":
    entry_point(sys.argv)
