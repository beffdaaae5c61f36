"""A tiny Lisp: a reader producing cons cells, symbols and ints (a class hierarchy with
overridden methods), an evaluator with environments as linked dicts, special forms (quote, if,
define, lambda, begin), closures, recursion (factorial, fib, map over lists), and a printer."""
from rpython.rlib.rfile import write_stdout


class Obj(object):
    def show(self):
        return "?"


class Int(Obj):
    def __init__(self, value):
        self.value = value

    def show(self):
        return str(self.value)


class Sym(Obj):
    def __init__(self, name):
        self.name = name

    def show(self):
        return self.name


class Nil(Obj):
    def show(self):
        return "()"


NIL = Nil()


class Cons(Obj):
    def __init__(self, car, cdr):
        self.car = car
        self.cdr = cdr

    def show(self):
        parts = []
        cur = self
        while isinstance(cur, Cons):
            parts.append(cur.car.show())
            cur = cur.cdr
        if cur is not NIL:
            parts.append(".")
            parts.append(cur.show())
        return "(" + " ".join(parts) + ")"


class Lambda(Obj):
    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env

    def show(self):
        return "<lambda>"


class Builtin(Obj):
    def __init__(self, name):
        self.name = name

    def show(self):
        return "<builtin %s>" % self.name


class Env(object):
    def __init__(self, parent):
        self.vars = {}
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise LispError("unbound symbol " + name)


class LispError(Exception):
    def __init__(self, message):
        self.message = message


SYMBOLS = {}


def intern(name):
    if name not in SYMBOLS:
        SYMBOLS[name] = Sym(name)
    return SYMBOLS[name]


def tokenize(text):
    return text.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


class Reader(object):
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def read(self):
        if self.pos >= len(self.tokens):
            raise LispError("unexpected end of input")
        tok = self.tokens[self.pos]
        self.pos += 1
        if tok == "(":
            items = []
            while self.pos < len(self.tokens) and self.tokens[self.pos] != ")":
                items.append(self.read())
            if self.pos >= len(self.tokens):
                raise LispError("missing )")
            self.pos += 1
            result = NIL
            i = len(items) - 1
            while i >= 0:
                result = Cons(items[i], result)
                i -= 1
            return result
        if tok == "'":
            return Cons(intern("quote"), Cons(self.read(), NIL))
        if tok == ")":
            raise LispError("unexpected )")
        if tok.isdigit() or (tok[0] == "-" and len(tok) > 1 and tok[1:].isdigit()):
            return Int(int(tok))
        return intern(tok)


def to_list(obj):
    out = []
    while isinstance(obj, Cons):
        out.append(obj.car)
        obj = obj.cdr
    return out


def truthy(obj):
    return obj is not NIL and not (isinstance(obj, Int) and obj.value == 0)


def apply_builtin(name, args):
    if name == "car" or name == "cdr":
        x = args[0]
        if not isinstance(x, Cons):
            raise LispError(name + " of a non-pair")
        if name == "car":
            return x.car
        return x.cdr
    if name == "cons":
        return Cons(args[0], args[1])
    if name == "null?":
        if args[0] is NIL:
            return Int(1)
        return Int(0)
    ints = []
    for a in args:
        if not isinstance(a, Int):
            raise LispError(name + " needs numbers")
        ints.append(a.value)
    if name == "+":
        t = 0
        for v in ints:
            t += v
        return Int(t)
    if name == "*":
        t = 1
        for v in ints:
            t *= v
        return Int(t)
    if name == "-":
        return Int(ints[0] - ints[1])
    if name == "<":
        return Int(int(ints[0] < ints[1]))
    if name == "=":
        return Int(int(ints[0] == ints[1]))
    raise LispError("unknown builtin " + name)


def evaluate(x, env):
    while True:
        if isinstance(x, Sym):
            return env.lookup(x.name)
        if not isinstance(x, Cons):
            return x
        head = x.car
        if isinstance(head, Sym):
            name = head.name
            if name == "quote":
                return to_list(x.cdr)[0]
            if name == "if":
                parts = to_list(x.cdr)
                if truthy(evaluate(parts[0], env)):
                    x = parts[1]
                elif len(parts) > 2:
                    x = parts[2]
                else:
                    return NIL
                continue
            if name == "define":
                parts = to_list(x.cdr)
                target = parts[0]
                if not isinstance(target, Sym):
                    raise LispError("define needs a symbol")
                env.vars[target.name] = evaluate(parts[1], env)
                return target
            if name == "lambda":
                parts = to_list(x.cdr)
                names = []
                for p in to_list(parts[0]):
                    if isinstance(p, Sym):
                        names.append(p.name)
                return Lambda(names, parts[1], env)
            if name == "begin":
                parts = to_list(x.cdr)
                for p in parts[:-1]:
                    evaluate(p, env)
                x = parts[-1]
                continue
        f = evaluate(head, env)
        args = [evaluate(a, env) for a in to_list(x.cdr)]
        if isinstance(f, Builtin):
            return apply_builtin(f.name, args)
        if isinstance(f, Lambda):
            if len(args) != len(f.params):
                raise LispError("wrong number of arguments")
            new_env = Env(f.env)
            for i in range(len(args)):
                new_env.vars[f.params[i]] = args[i]
            x = f.body
            env = new_env
            continue
        raise LispError("not a function: " + f.show())


PROGRAM = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 20)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(define map (lambda (f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs))))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define make-adder (lambda (n) (lambda (x) (+ x n))))
((make-adder 10) 32)
(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))
(count 5000 0)
(cons 1 2)
'(a (b c) . d)
(car '())
(undefined 1)
(1 2)
(begin (define x 5) (define y 6) (* x y))
"""


def entry_point(argv):
    env = Env(None)
    for name in ["+", "-", "*", "<", "=", "car", "cdr", "cons", "null?"]:
        env.vars[name] = Builtin(name)
    reader = Reader(tokenize(PROGRAM))
    while reader.pos < len(reader.tokens):
        try:
            expr = reader.read()
            write_stdout("%s => %s\n" % (expr.show(), evaluate(expr, env).show()))
        except LispError as e:
            write_stdout("error: %s\n" % e.message)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
