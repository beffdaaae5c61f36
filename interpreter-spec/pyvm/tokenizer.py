"""The tokenizer: Python source text to a list of tokens (CPython's Parser/tokenizer.c).

It tracks indentation (INDENT/DEDENT tokens), joins lines inside brackets and after a
backslash, decodes string literals (escapes, raw, bytes) and keeps f-strings raw for the
parser.  Errors raise SyntaxError_ (compile-time errors, reported as Python SyntaxError).
"""

T_NAME = 0
T_NUMBER = 1
T_STRING = 2
T_OP = 3
T_NEWLINE = 4
T_INDENT = 5
T_DEDENT = 6
T_EOF = 7

# string token flags
S_PLAIN = 0
S_BYTES = 1
S_FSTRING = 2


class SyntaxError_(Exception):
    """A compile-time error: message and line (the VM turns it into a Python SyntaxError)."""

    def __init__(self, msg, line, indentation=False):
        self.msg = msg
        self.line = line
        self.indentation = indentation


class Token(object):
    def __init__(self, kind, value, line, flag):
        self.kind = kind
        self.value = value
        self.line = line
        self.flag = flag


OPERATORS3 = ["**=", "//=", ">>=", "<<=", "...", "!="]
OPERATORS2 = ["**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=",
              "%=", "&=", "|=", "^=", "->", ":=", "@="]
OPERATORS1 = "+-*/%&|^~<>()[]{},:;.=@"


def is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or (ord(c) > 127 and c.isalpha())


def is_ident_char(c):
    return is_ident_start(c) or ('0' <= c <= '9')


def is_digit(c):
    return '0' <= c <= '9'


def hexval(c):
    if '0' <= c <= '9':
        return ord(c) - ord('0')
    if 'a' <= c <= 'f':
        return ord(c) - ord('a') + 10
    if 'A' <= c <= 'F':
        return ord(c) - ord('A') + 10
    return -1


class Tokenizer(object):
    def __init__(self, source):
        self.src = source
        self.pos = 0
        self.line = 1
        self.tokens = []
        self.indents = [0]
        self.depth = 0          # bracket nesting
        self.at_line_start = True
        self.open_brackets = []
        self.open_lines = []

    def add(self, kind, value, flag=0):
        self.tokens.append(Token(kind, value, self.line, flag))

    def tokenize(self):
        src = self.src
        n = len(src)
        while True:
            if self.at_line_start and self.depth == 0:
                if not self.handle_indent():
                    break
            if self.pos >= n:
                break
            c = src[self.pos]
            if c == ' ' or c == '\t' or c == '\x0c' or c == '\r':
                self.pos += 1
                continue
            if c == '#':
                while self.pos < n and src[self.pos] != '\n':
                    self.pos += 1
                continue
            if c == '\\':
                if self.pos + 1 < n and src[self.pos + 1] == '\n':
                    self.pos += 2
                    self.line += 1
                    continue
                if self.pos + 2 < n and src[self.pos + 1] == '\r' and src[self.pos + 2] == '\n':
                    self.pos += 3
                    self.line += 1
                    continue
                raise SyntaxError_("unexpected character after line continuation character", self.line)
            if c == '\n':
                if self.depth == 0:
                    self.add(T_NEWLINE, "")
                    self.at_line_start = True
                self.pos += 1
                self.line += 1
                continue
            if is_digit(c) or (c == '.' and self.pos + 1 < n and is_digit(src[self.pos + 1])):
                self.read_number()
                continue
            if is_ident_start(c):
                start = self.pos
                while self.pos < n and is_ident_char(src[self.pos]):
                    self.pos += 1
                word = src[start:self.pos]
                if self.pos < n and (src[self.pos] == '"' or src[self.pos] == "'"):
                    low = word.lower()
                    if low in ("r", "b", "f", "rb", "br", "fr", "rf", "u"):
                        self.read_string(low)
                        continue
                self.add(T_NAME, word)
                continue
            if c == '"' or c == "'":
                self.read_string("")
                continue
            self.read_op()
        # end of input
        if len(self.tokens) > 0 and self.tokens[-1].kind != T_NEWLINE and self.tokens[-1].kind != T_DEDENT:
            self.add(T_NEWLINE, "")
        if self.depth > 0:
            raise SyntaxError_("'%s' was never closed" % self.open_brackets[len(self.open_brackets) - 1], self.open_lines[len(self.open_lines) - 1])
        while len(self.indents) > 1:
            self.indents.pop()
            self.add(T_DEDENT, "")
        self.add(T_EOF, "")
        return self.tokens

    def handle_indent(self):
        """At the start of a logical line: measure indentation, skip blank lines.
        Returns False at end of input."""
        src = self.src
        n = len(src)
        while True:
            col = 0
            while self.pos < n:
                c = src[self.pos]
                if c == ' ':
                    col += 1
                elif c == '\t':
                    col = (col // 8 + 1) * 8
                elif c == '\x0c' or c == '\r':
                    col = col
                else:
                    break
                self.pos += 1
            if self.pos >= n:
                return False
            c = src[self.pos]
            if c == '#':
                while self.pos < n and src[self.pos] != '\n':
                    self.pos += 1
                continue
            if c == '\n':
                self.pos += 1
                self.line += 1
                continue
            if c == '\\' and self.pos + 1 < n and src[self.pos + 1] == '\n':
                # a continuation line at the start: treat as part of the line
                break
            break
        self.at_line_start = False
        cur = self.indents[-1]
        if col > cur:
            self.indents.append(col)
            self.add(T_INDENT, "")
        elif col < cur:
            while col < self.indents[-1]:
                self.indents.pop()
                self.add(T_DEDENT, "")
            if col != self.indents[-1]:
                raise SyntaxError_("unindent does not match any outer indentation level", self.line, True)
        return True

    def read_number(self):
        src = self.src
        n = len(src)
        start = self.pos
        c = src[self.pos]
        if c == '0' and self.pos + 1 < n and src[self.pos + 1] in "xXoObB":
            self.pos += 2
            while self.pos < n and (hexval(src[self.pos]) >= 0 or src[self.pos] == '_'):
                self.pos += 1
        else:
            while self.pos < n and (is_digit(src[self.pos]) or src[self.pos] == '_'):
                self.pos += 1
            if self.pos < n and src[self.pos] == '.':
                self.pos += 1
                while self.pos < n and (is_digit(src[self.pos]) or src[self.pos] == '_'):
                    self.pos += 1
            if self.pos < n and (src[self.pos] == 'e' or src[self.pos] == 'E'):
                p = self.pos + 1
                if p < n and (src[p] == '+' or src[p] == '-'):
                    p += 1
                if p < n and is_digit(src[p]):
                    self.pos = p
                    while self.pos < n and (is_digit(src[self.pos]) or src[self.pos] == '_'):
                        self.pos += 1
            if self.pos < n and (src[self.pos] == 'j' or src[self.pos] == 'J'):
                raise SyntaxError_("complex numbers are not supported", self.line)
        if self.pos < n and is_ident_char(src[self.pos]):
            raise SyntaxError_("invalid decimal literal", self.line)
        self.add(T_NUMBER, src[start:self.pos])

    def read_string(self, prefix):
        src = self.src
        n = len(src)
        raw = 'r' in prefix
        flag = S_PLAIN
        if 'b' in prefix:
            flag = S_BYTES
        elif 'f' in prefix:
            flag = S_FSTRING
        q = src[self.pos]
        triple = self.pos + 2 < n and src[self.pos + 1] == q and src[self.pos + 2] == q
        if triple:
            self.pos += 3
        else:
            self.pos += 1
        startline = self.line
        chars = []
        while True:
            if self.pos >= n:
                raise SyntaxError_("unterminated string literal", startline)
            c = src[self.pos]
            if c == q:
                if not triple:
                    self.pos += 1
                    break
                if self.pos + 2 < n and src[self.pos + 1] == q and src[self.pos + 2] == q:
                    self.pos += 3
                    break
                chars.append(c)
                self.pos += 1
                continue
            if c == '\n':
                if not triple:
                    raise SyntaxError_("unterminated string literal (detected at line %d)" % self.line, self.line)
                self.line += 1
                chars.append(c)
                self.pos += 1
                continue
            if c == '\\':
                if self.pos + 1 >= n:
                    raise SyntaxError_("unterminated string literal", startline)
                d = src[self.pos + 1]
                if raw or flag == S_FSTRING:
                    # raw: keep the backslash; f-strings are decoded by the parser
                    chars.append(c)
                    chars.append(d)
                    if d == '\n':
                        self.line += 1
                    self.pos += 2
                    continue
                self.pos += 2
                self.decode_escape(d, chars)
                continue
            if flag == S_BYTES and ord(c) > 127:
                raise SyntaxError_("bytes can only contain ASCII literal characters", self.line)
            chars.append(c)
            self.pos += 1
        self.tokens.append(Token(T_STRING, "".join(chars), startline, flag + (4 if raw else 0)))

    def decode_escape(self, d, chars):
        src = self.src
        n = len(src)
        if d == '\n':
            self.line += 1
        elif d == 'n':
            chars.append('\n')
        elif d == 't':
            chars.append('\t')
        elif d == 'r':
            chars.append('\r')
        elif d == '\\':
            chars.append('\\')
        elif d == "'":
            chars.append("'")
        elif d == '"':
            chars.append('"')
        elif d == '0' or d == '1' or d == '2' or d == '3' or d == '4' or d == '5' or d == '6' or d == '7':
            v = ord(d) - 48
            k = 0
            while k < 2 and self.pos < n and '0' <= src[self.pos] <= '7':
                v = v * 8 + ord(src[self.pos]) - 48
                self.pos += 1
                k += 1
            chars.append(chr(v))
        elif d == 'x' or d == 'u' or d == 'U':
            count = 2
            if d == 'u':
                count = 4
            elif d == 'U':
                count = 8
            v = 0
            for i in range(count):
                if self.pos >= n or hexval(src[self.pos]) < 0:
                    raise SyntaxError_("(unicode error) truncated \\xXX escape", self.line)
                v = v * 16 + hexval(src[self.pos])
                self.pos += 1
            chars.append(chr(v))
        elif d == 'a':
            chars.append('\x07')
        elif d == 'b':
            chars.append('\x08')
        elif d == 'f':
            chars.append('\x0c')
        elif d == 'v':
            chars.append('\x0b')
        elif d == 'N':
            raise SyntaxError_("\\N{...} escapes are not supported", self.line)
        else:
            chars.append('\\')
            chars.append(d)

    def read_op(self):
        src = self.src
        p = self.pos
        three = src[p:p + 3]
        for op in OPERATORS3:
            if three == op:
                self.pos += 3
                self.add(T_OP, op)
                return
        two = src[p:p + 2]
        for op in OPERATORS2:
            if two == op:
                self.pos += 2
                self.add(T_OP, op)
                return
        c = src[p]
        if c == '!':
            raise SyntaxError_("invalid syntax", self.line)
        if c in OPERATORS1:
            if c == '(' or c == '[' or c == '{':
                self.depth += 1
                self.open_brackets.append(c)
                self.open_lines.append(self.line)
            elif c == ')' or c == ']' or c == '}':
                if self.depth == 0:
                    raise SyntaxError_("unmatched '%s'" % c, self.line)
                opener = self.open_brackets.pop()
                self.open_lines.pop()
                if (opener == '(' and c != ')') or (opener == '[' and c != ']') or (opener == '{' and c != '}'):
                    raise SyntaxError_("closing parenthesis '%s' does not match opening parenthesis '%s'" % (c, opener), self.line)
                self.depth -= 1
            self.pos += 1
            self.add(T_OP, c)
            return
        raise SyntaxError_("invalid character '%s' (U+%s)" % (c, hex_upper(ord(c))), self.line)


def hex_upper(v):
    digits = "0123456789ABCDEF"
    s = ""
    while v > 0 or len(s) < 4:
        s = digits[v % 16] + s
        v = v // 16
    return s


def tokenize(source):
    return Tokenizer(source).tokenize()
