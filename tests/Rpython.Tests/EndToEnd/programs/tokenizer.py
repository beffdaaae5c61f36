"""A tokenizer for a small C-like language: identifiers and keywords, integers and floats,
strings with escapes, one- and two-character operators, comments, line/column tracking, and
error tokens for unexpected characters; prints one token per line."""
from rpython.rlib.rfile import write_stdout

KEYWORDS = {"if": True, "else": True, "while": True, "return": True, "fn": True, "let": True}
TWO_CHAR = ["==", "!=", "<=", ">=", "&&", "||", "->", "+="]
ONE_CHAR = "+-*/%=<>!(){}[];,."


class Token(object):
    def __init__(self, kind, text, line, col):
        self.kind = kind
        self.text = text
        self.line = line
        self.col = col


class Lexer(object):
    def __init__(self, source):
        self.src = source
        self.pos = 0
        self.line = 1
        self.col = 1

    def peek(self, offset):
        i = self.pos + offset
        if i < len(self.src):
            return self.src[i]
        return "\0"

    def advance(self):
        c = self.src[self.pos]
        self.pos += 1
        if c == "\n":
            self.line += 1
            self.col = 1
        else:
            self.col += 1
        return c

    def tokens(self):
        out = []
        while self.pos < len(self.src):
            c = self.peek(0)
            if c == " " or c == "\t" or c == "\n":
                self.advance()
                continue
            if c == "/" and self.peek(1) == "/":
                while self.pos < len(self.src) and self.peek(0) != "\n":
                    self.advance()
                continue
            line = self.line
            col = self.col
            if c.isalpha() or c == "_":
                start = self.pos
                while self.peek(0).isalnum() or self.peek(0) == "_":
                    self.advance()
                word = self.src[start:self.pos]
                kind = "ident"
                if word in KEYWORDS:
                    kind = "keyword"
                out.append(Token(kind, word, line, col))
            elif c.isdigit():
                start = self.pos
                kind = "int"
                while self.peek(0).isdigit():
                    self.advance()
                if self.peek(0) == "." and self.peek(1).isdigit():
                    kind = "float"
                    self.advance()
                    while self.peek(0).isdigit():
                        self.advance()
                out.append(Token(kind, self.src[start:self.pos], line, col))
            elif c == '"':
                self.advance()
                chars = []
                while self.pos < len(self.src) and self.peek(0) != '"':
                    ch = self.advance()
                    if ch == "\\":
                        esc = self.advance()
                        if esc == "n":
                            chars.append("\n")
                        elif esc == "t":
                            chars.append("\t")
                        else:
                            chars.append(esc)
                    else:
                        chars.append(ch)
                if self.pos < len(self.src):
                    self.advance()
                    out.append(Token("string", "".join(chars), line, col))
                else:
                    out.append(Token("error", "unterminated string", line, col))
            else:
                two = c + self.peek(1)
                if two in TWO_CHAR:
                    self.advance()
                    self.advance()
                    out.append(Token("op", two, line, col))
                elif c in ONE_CHAR:
                    self.advance()
                    out.append(Token("op", c, line, col))
                else:
                    self.advance()
                    out.append(Token("error", "unexpected %s" % c, line, col))
        out.append(Token("eof", "", self.line, self.col))
        return out


SOURCE = """fn add(a, b) -> int {
    // adds two numbers
    return a + b;
}
let x = 3.25 * (y_1 + 42) >= 10 && !done;
if (x != 0) { print("tab\\there \\"quoted\\"\\n"); } else { x += 1; }
let bad = 5 @ 6 # 7;
let s = "never closed"""


def entry_point(argv):
    lexer = Lexer(SOURCE)
    counts = {}
    for t in lexer.tokens():
        text = t.text.replace("\n", "\\n").replace("\t", "\\t")
        write_stdout("%d:%d %s %s\n" % (t.line, t.col, t.kind, text))
        counts[t.kind] = counts.get(t.kind, 0) + 1
    write_stdout(", ".join(["%s=%d" % (k, v) for k, v in counts.items()]) + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
