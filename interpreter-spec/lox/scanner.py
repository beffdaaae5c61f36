"""The scanner: Lox source text to tokens, on demand (Crafting Interpreters, chapter 16,
"Scanning on Demand").

As in clox, the compiler pulls one token at a time with ``scan_token()``; nothing keeps a
list of tokens.  A token carries its lexeme as a (sliced) string instead of a pointer into
the source, and errors are tokens of type TOKEN_ERROR whose lexeme is the message.
Keywords are found with a dict instead of the book's hand-written trie (same result).
"""

# ---------------------------------------------------------------- token types

# Single-character tokens.
TOKEN_LEFT_PAREN = 0
TOKEN_RIGHT_PAREN = 1
TOKEN_LEFT_BRACE = 2
TOKEN_RIGHT_BRACE = 3
TOKEN_COMMA = 4
TOKEN_DOT = 5
TOKEN_MINUS = 6
TOKEN_PLUS = 7
TOKEN_SEMICOLON = 8
TOKEN_SLASH = 9
TOKEN_STAR = 10
# One or two character tokens.
TOKEN_BANG = 11
TOKEN_BANG_EQUAL = 12
TOKEN_EQUAL = 13
TOKEN_EQUAL_EQUAL = 14
TOKEN_GREATER = 15
TOKEN_GREATER_EQUAL = 16
TOKEN_LESS = 17
TOKEN_LESS_EQUAL = 18
# Literals.
TOKEN_IDENTIFIER = 19
TOKEN_STRING = 20
TOKEN_NUMBER = 21
# Keywords.
TOKEN_AND = 22
TOKEN_CLASS = 23
TOKEN_ELSE = 24
TOKEN_FALSE = 25
TOKEN_FOR = 26
TOKEN_FUN = 27
TOKEN_IF = 28
TOKEN_NIL = 29
TOKEN_OR = 30
TOKEN_PRINT = 31
TOKEN_RETURN = 32
TOKEN_SUPER = 33
TOKEN_THIS = 34
TOKEN_TRUE = 35
TOKEN_VAR = 36
TOKEN_WHILE = 37

TOKEN_ERROR = 38
TOKEN_EOF = 39

TOKEN_COUNT = 40

KEYWORDS = {
    "and": TOKEN_AND,
    "class": TOKEN_CLASS,
    "else": TOKEN_ELSE,
    "false": TOKEN_FALSE,
    "for": TOKEN_FOR,
    "fun": TOKEN_FUN,
    "if": TOKEN_IF,
    "nil": TOKEN_NIL,
    "or": TOKEN_OR,
    "print": TOKEN_PRINT,
    "return": TOKEN_RETURN,
    "super": TOKEN_SUPER,
    "this": TOKEN_THIS,
    "true": TOKEN_TRUE,
    "var": TOKEN_VAR,
    "while": TOKEN_WHILE,
}


class Token(object):
    """A token: its type, its lexeme (the source text, or the message of an error token)
    and the line it starts on."""

    _immutable_ = True

    def __init__(self, type, lexeme, line):
        self.type = type
        self.lexeme = lexeme
        self.line = line


def is_digit(c):
    return '0' <= c <= '9'


def is_alpha(c):
    return ('a' <= c <= 'z') or ('A' <= c <= 'Z') or c == '_'


class Scanner(object):
    """Walks the source: ``start`` is the first character of the token being scanned,
    ``current`` the character about to be read."""

    def __init__(self, source):
        self.source = source
        self.start = 0
        self.current = 0
        self.line = 1

    def is_at_end(self):
        return self.current >= len(self.source)

    def advance(self):
        c = self.source[self.current]
        self.current += 1
        return c

    def peek(self):
        if self.is_at_end():
            return '\0'
        return self.source[self.current]

    def peek_next(self):
        if self.current + 1 >= len(self.source):
            return '\0'
        return self.source[self.current + 1]

    def match(self, expected):
        if self.is_at_end():
            return False
        if self.source[self.current] != expected:
            return False
        self.current += 1
        return True

    def make_token(self, type):
        return Token(type, self.source[self.start:self.current], self.line)

    def error_token(self, message):
        return Token(TOKEN_ERROR, message, self.line)

    def skip_whitespace(self):
        while True:
            c = self.peek()
            if c == ' ' or c == '\r' or c == '\t':
                self.advance()
            elif c == '\n':
                self.line += 1
                self.advance()
            elif c == '/':
                if self.peek_next() == '/':
                    # A comment goes until the end of the line.
                    while self.peek() != '\n' and not self.is_at_end():
                        self.advance()
                else:
                    return
            else:
                return

    def identifier_type(self):
        return KEYWORDS.get(self.source[self.start:self.current], TOKEN_IDENTIFIER)

    def identifier(self):
        while is_alpha(self.peek()) or is_digit(self.peek()):
            self.advance()
        return self.make_token(self.identifier_type())

    def number(self):
        while is_digit(self.peek()):
            self.advance()
        # Look for a fractional part.
        if self.peek() == '.' and is_digit(self.peek_next()):
            self.advance()      # consume the "."
            while is_digit(self.peek()):
                self.advance()
        return self.make_token(TOKEN_NUMBER)

    def string(self):
        while self.peek() != '"' and not self.is_at_end():
            if self.peek() == '\n':
                self.line += 1
            self.advance()
        if self.is_at_end():
            return self.error_token("Unterminated string.")
        self.advance()          # the closing quote
        return self.make_token(TOKEN_STRING)

    def scan_token(self):
        self.skip_whitespace()
        self.start = self.current
        if self.is_at_end():
            return self.make_token(TOKEN_EOF)

        c = self.advance()
        if is_alpha(c):
            return self.identifier()
        if is_digit(c):
            return self.number()

        if c == '(':
            return self.make_token(TOKEN_LEFT_PAREN)
        elif c == ')':
            return self.make_token(TOKEN_RIGHT_PAREN)
        elif c == '{':
            return self.make_token(TOKEN_LEFT_BRACE)
        elif c == '}':
            return self.make_token(TOKEN_RIGHT_BRACE)
        elif c == ';':
            return self.make_token(TOKEN_SEMICOLON)
        elif c == ',':
            return self.make_token(TOKEN_COMMA)
        elif c == '.':
            return self.make_token(TOKEN_DOT)
        elif c == '-':
            return self.make_token(TOKEN_MINUS)
        elif c == '+':
            return self.make_token(TOKEN_PLUS)
        elif c == '/':
            return self.make_token(TOKEN_SLASH)
        elif c == '*':
            return self.make_token(TOKEN_STAR)
        elif c == '!':
            return self.make_token(TOKEN_BANG_EQUAL if self.match('=') else TOKEN_BANG)
        elif c == '=':
            return self.make_token(TOKEN_EQUAL_EQUAL if self.match('=') else TOKEN_EQUAL)
        elif c == '<':
            return self.make_token(TOKEN_LESS_EQUAL if self.match('=') else TOKEN_LESS)
        elif c == '>':
            return self.make_token(TOKEN_GREATER_EQUAL if self.match('=') else TOKEN_GREATER)
        elif c == '"':
            return self.string()

        return self.error_token("Unexpected character.")
