# A tokenizer and recursive-descent parser/evaluator for arithmetic with precedence.
def tokenize(s):
    out, i = [], 0
    while i < len(s):
        if s[i].isspace():
            i += 1
        elif s[i].isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            out.append(float(s[i:j]) if "." in s[i:j] else int(s[i:j]))
            i = j
        else:
            out.append(s[i]); i += 1
    return out
class Parser:
    def __init__(self, toks): self.t, self.i = toks, 0
    def peek(self): return self.t[self.i] if self.i < len(self.t) else None
    def take(self): self.i += 1; return self.t[self.i - 1]
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/", "%"):
            op, r = self.take(), self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        tok = self.take()
        if tok == "-": return -self.factor()
        if tok == "(":
            v = self.expr(); self.take(); return v
        base = tok
        if self.peek() == "^":
            self.take(); return base ** self.factor()
        return base
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 % 3 * 2.5", "2 ^ 100", "((2))"]:
    print(e, "=", Parser(tokenize(e)).expr())
