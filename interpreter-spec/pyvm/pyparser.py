"""The parser: tokens to an AST, by recursive descent over Python's grammar.

One method per grammar rule, in the order of the precedence table (``test`` ->
``or_test`` -> ... -> ``atom``).  Assignment targets are parsed as expressions and
checked afterwards (``check_target``), as CPython does.  f-strings are parsed here: the
literal parts are decoded and each ``{expression}`` is tokenized and parsed on its own.
"""

from tokenizer import (
    tokenize, Tokenizer, SyntaxError_, T_NAME, T_NUMBER, T_STRING, T_OP, T_NEWLINE,
    T_INDENT, T_DEDENT, T_EOF, S_BYTES, S_FSTRING,
)
from astnodes import (Arguments, Assert, Assign, Attribute, AugAssign, BinOp, BoolOp, Break,
    COMP_DICT, COMP_GEN, COMP_LIST, COMP_SET, CONST_BYTES, CONST_ELLIPSIS, CONST_FALSE,
    CONST_FLOAT, CONST_INT, CONST_NONE, CONST_STR, CONST_TRUE, Call, ClassDef, Comp, Compare,
    Comprehension, Const, Continue, Delete, DictExpr, ExceptHandler, ExprStmt, For,
    FormattedValue, FunctionDef, Global, If, IfExp, Import, ImportFrom, JoinedStr, Lambda,
    ListExpr, Name, NamedExpr, Nonlocal, Pass, Raise, Return, SetExpr, Slice, Starred,
    Subscript, Try, TupleExpr, UnaryOp, While, With, Yield, YieldFrom)

KEYWORDS = ["False", "None", "True", "and", "as", "assert", "async", "await", "break",
            "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
            "pass", "raise", "return", "try", "while", "with", "yield"]

AUGOPS = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]


def is_keyword(s):
    for k in KEYWORDS:
        if k == s:
            return True
    return False


class Parser(object):
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    # ------------------------------------------------------------ helpers

    def peek(self):
        return self.tokens[self.pos]

    def peek_at(self, k):
        i = self.pos + k
        if i >= len(self.tokens):
            i = len(self.tokens) - 1
        return self.tokens[i]

    def next(self):
        t = self.tokens[self.pos]
        if self.pos < len(self.tokens) - 1:
            self.pos += 1
        return t

    def line(self):
        return self.tokens[self.pos].line

    def at_op(self, op):
        t = self.tokens[self.pos]
        return t.kind == T_OP and t.value == op

    def at_kw(self, kw):
        t = self.tokens[self.pos]
        return t.kind == T_NAME and t.value == kw

    def accept_op(self, op):
        if self.at_op(op):
            self.next()
            return True
        return False

    def accept_kw(self, kw):
        if self.at_kw(kw):
            self.next()
            return True
        return False

    def error(self, msg):
        """The SyntaxError to raise at the current token."""
        return SyntaxError_(msg, self.line())

    def expect_op(self, op):
        if not self.accept_op(op):
            t = self.peek()
            if op == ":":
                raise self.error("expected ':'")
            if t.kind == T_EOF:
                raise self.error("unexpected EOF while parsing")
            raise self.error("invalid syntax")

    def expect_kw(self, kw):
        if not self.accept_kw(kw):
            raise self.error("invalid syntax")

    def expect_name(self):
        t = self.peek()
        if t.kind != T_NAME or is_keyword(t.value):
            raise self.error("invalid syntax")
        self.next()
        return t.value

    # ------------------------------------------------------------ module / statements

    def parse_module(self):
        body = []
        while self.peek().kind != T_EOF:
            if self.peek().kind == T_NEWLINE:
                self.next()
                continue
            if self.peek().kind == T_INDENT:
                raise SyntaxError_("unexpected indent", self.line(), True)
            self.parse_statement(body)
        return body

    def parse_block(self):
        """After ':' -- a simple statement list on the same line or an indented block."""
        body = []
        if self.peek().kind != T_NEWLINE:
            self.parse_simple_statements(body)
            return body
        self.next()
        if self.peek().kind != T_INDENT:
            raise SyntaxError_("expected an indented block", self.line(), True)
        self.next()
        while self.peek().kind != T_DEDENT and self.peek().kind != T_EOF:
            if self.peek().kind == T_NEWLINE:
                self.next()
                continue
            self.parse_statement(body)
        if self.peek().kind == T_DEDENT:
            self.next()
        return body

    def parse_statement(self, body):
        t = self.peek()
        if t.kind == T_NAME:
            v = t.value
            if v == "if":
                body.append(self.parse_if())
                return
            if v == "while":
                body.append(self.parse_while())
                return
            if v == "for":
                body.append(self.parse_for())
                return
            if v == "try":
                body.append(self.parse_try())
                return
            if v == "with":
                body.append(self.parse_with())
                return
            if v == "def":
                body.append(self.parse_funcdef([]))
                return
            if v == "class":
                body.append(self.parse_classdef([]))
                return
            if v == "async":
                raise SyntaxError_("async is not supported", t.line)
            if v == "match" and self.looks_like_match():
                raise SyntaxError_("match statements are not supported", t.line)
        if t.kind == T_OP and t.value == "@":
            decorators = []
            while self.accept_op("@"):
                decorators.append(self.parse_namedexpr_test())
                if self.peek().kind != T_NEWLINE:
                    raise self.error("invalid syntax")
                self.next()
            if self.at_kw("def"):
                body.append(self.parse_funcdef(decorators))
            elif self.at_kw("class"):
                body.append(self.parse_classdef(decorators))
            else:
                raise self.error("invalid syntax")
            return
        self.parse_simple_statements(body)

    def looks_like_match(self):
        nt = self.peek_at(1)
        if nt.kind == T_OP and not (nt.value == "(" or nt.value == "[" or nt.value == "{" or nt.value == "-"):
            return False
        if nt.kind == T_NEWLINE or nt.kind == T_EOF:
            return False
        i = self.pos
        while self.tokens[i].kind != T_NEWLINE and self.tokens[i].kind != T_EOF:
            i += 1
        last = self.tokens[i - 1]
        return last.kind == T_OP and last.value == ":"

    def parse_simple_statements(self, body):
        while True:
            body.append(self.parse_simple_statement())
            if self.accept_op(";"):
                if self.peek().kind == T_NEWLINE:
                    break
                continue
            break
        if self.peek().kind == T_NEWLINE:
            self.next()
        elif self.peek().kind != T_EOF:
            raise self.error("invalid syntax")

    def parse_simple_statement(self):
        t = self.peek()
        line = t.line
        if t.kind == T_NAME:
            v = t.value
            if v == "pass":
                self.next()
                return Pass(line)
            if v == "break":
                self.next()
                return Break(line)
            if v == "continue":
                self.next()
                return Continue(line)
            if v == "return":
                self.next()
                value = None
                if not self.at_end_of_simple():
                    value = self.parse_testlist_star()
                return Return(value, line)
            if v == "raise":
                self.next()
                exc = None
                cause = None
                if not self.at_end_of_simple():
                    exc = self.parse_test()
                    if self.accept_kw("from"):
                        cause = self.parse_test()
                return Raise(exc, cause, line)
            if v == "global" or v == "nonlocal":
                self.next()
                names = [self.expect_name()]
                while self.accept_op(","):
                    names.append(self.expect_name())
                if v == "global":
                    return Global(names, line)
                return Nonlocal(names, line)
            if v == "del":
                self.next()
                targets = [self.parse_expr()]
                while self.accept_op(","):
                    if self.at_end_of_simple():
                        break
                    targets.append(self.parse_expr())
                for tg in targets:
                    self.check_target(tg, True)
                return Delete(targets, line)
            if v == "assert":
                self.next()
                test = self.parse_test()
                msg = None
                if self.accept_op(","):
                    msg = self.parse_test()
                return Assert(test, msg, line)
            if v == "import":
                self.next()
                names = []
                asnames = []
                while True:
                    name = self.parse_dotted_name()
                    asname = ""
                    if self.accept_kw("as"):
                        asname = self.expect_name()
                    names.append(name)
                    asnames.append(asname)
                    if not self.accept_op(","):
                        break
                return Import(names, asnames, line)
            if v == "from":
                self.next()
                if self.at_op(".") or self.at_op("..."):
                    raise SyntaxError_("relative imports are not supported", line)
                module = self.parse_dotted_name()
                self.expect_kw("import")
                names = []
                asnames = []
                if self.accept_op("*"):
                    names.append("*")
                    asnames.append("")
                    return ImportFrom(module, names, asnames, line)
                paren = self.accept_op("(")
                while True:
                    if paren and self.at_op(")"):
                        break
                    name = self.expect_name()
                    asname = ""
                    if self.accept_kw("as"):
                        asname = self.expect_name()
                    names.append(name)
                    asnames.append(asname)
                    if not self.accept_op(","):
                        break
                if paren:
                    self.expect_op(")")
                return ImportFrom(module, names, asnames, line)
        # expression statement / assignment
        first = self.parse_testlist_star()
        if self.at_op("="):
            targets = [first]
            value = first
            while self.accept_op("="):
                if self.at_kw("yield"):
                    value = self.parse_yield()
                else:
                    value = self.parse_testlist_star()
                targets.append(value)
            targets.pop()
            for tg in targets:
                self.check_target(tg, False)
            return Assign(targets, value, line)
        t = self.peek()
        if t.kind == T_OP:
            for op in AUGOPS:
                if t.value == op:
                    self.next()
                    if not (isinstance(first, Name) or isinstance(first, Attribute) or isinstance(first, Subscript)):
                        raise SyntaxError_("'%s' is an illegal expression for augmented assignment" % describe(first), line)
                    if self.at_kw("yield"):
                        value = self.parse_yield()
                    else:
                        value = self.parse_testlist()
                    return AugAssign(first, op[:len(op) - 1], value, line)
            if t.value == ":":
                # annotated assignment: the annotation is evaluated-and-ignored (not even that)
                self.next()
                self.parse_test()
                self.check_target(first, False)
                if self.accept_op("="):
                    value = self.parse_testlist_star()
                    return Assign([first], value, line)
                return Pass(line)
        if isinstance(first, Starred):
            raise SyntaxError_("can't use starred expression here", line)
        return ExprStmt(first, line)

    def at_end_of_simple(self):
        t = self.peek()
        return t.kind == T_NEWLINE or t.kind == T_EOF or (t.kind == T_OP and t.value == ";")

    def parse_dotted_name(self):
        name = self.expect_name()
        while self.accept_op("."):
            name = name + "." + self.expect_name()
        return name

    def check_target(self, e, is_del):
        if isinstance(e, Name):
            if e.id == "__debug__":
                raise SyntaxError_("cannot assign to __debug__", e.line)
            return
        if isinstance(e, Attribute) or isinstance(e, Subscript):
            return
        if isinstance(e, TupleExpr):
            for x in e.elts:
                self.check_target(x, is_del)
            return
        if isinstance(e, ListExpr):
            for x in e.elts:
                self.check_target(x, is_del)
            return
        if isinstance(e, Starred) and not is_del:
            self.check_target(e.value, is_del)
            return
        if is_del:
            raise SyntaxError_("cannot delete %s" % describe(e), e.line)
        if isinstance(e, Const) and e.kind >= CONST_NONE and e.kind <= CONST_FALSE:
            raise SyntaxError_("cannot assign to %s" % describe(e), e.line)
        raise SyntaxError_("cannot assign to %s here. Maybe you meant '==' instead of '='?" % describe(e), e.line)

    def parse_if(self):
        line = self.line()
        self.next()
        test = self.parse_namedexpr_test()
        self.expect_op(":")
        body = self.parse_block()
        orelse = []
        if self.at_kw("elif"):
            orelse.append(self.parse_if())
        elif self.accept_kw("else"):
            self.expect_op(":")
            orelse = self.parse_block()
        return If(test, body, orelse, line)

    def parse_while(self):
        line = self.line()
        self.next()
        test = self.parse_namedexpr_test()
        self.expect_op(":")
        body = self.parse_block()
        orelse = []
        if self.accept_kw("else"):
            self.expect_op(":")
            orelse = self.parse_block()
        return While(test, body, orelse, line)

    def parse_for(self):
        line = self.line()
        self.next()
        target = self.parse_target_list()
        self.expect_kw("in")
        it = self.parse_testlist()
        self.expect_op(":")
        body = self.parse_block()
        orelse = []
        if self.accept_kw("else"):
            self.expect_op(":")
            orelse = self.parse_block()
        return For(target, it, body, orelse, line)

    def parse_target_list(self):
        line = self.line()
        first = self.parse_star_or_expr()
        if not self.at_op(","):
            self.check_target(first, False)
            return first
        elts = [first]
        while self.accept_op(","):
            if self.at_kw("in") or self.at_op("="):
                break
            elts.append(self.parse_star_or_expr())
        t = TupleExpr(elts, line)
        self.check_target(t, False)
        return t

    def parse_star_or_expr(self):
        if self.at_op("*"):
            line = self.line()
            self.next()
            return Starred(self.parse_expr(), line)
        return self.parse_expr()

    def parse_try(self):
        line = self.line()
        self.next()
        self.expect_op(":")
        body = self.parse_block()
        handlers = []
        orelse = []
        finalbody = []
        while self.at_kw("except"):
            hline = self.line()
            self.next()
            if self.at_op("*"):
                raise SyntaxError_("except* is not supported", hline)
            typ = None
            name = ""
            if not self.at_op(":"):
                typ = self.parse_test()
                if self.at_op(","):
                    raise SyntaxError_("multiple exception types must be parenthesized", hline)
                if self.accept_kw("as"):
                    name = self.expect_name()
            self.expect_op(":")
            hbody = self.parse_block()
            handlers.append(ExceptHandler(typ, name, hbody, hline))
        if self.accept_kw("else"):
            self.expect_op(":")
            orelse = self.parse_block()
        if self.accept_kw("finally"):
            self.expect_op(":")
            finalbody = self.parse_block()
        if len(handlers) == 0 and len(finalbody) == 0:
            raise self.error("expected 'except' or 'finally' block")
        return Try(body, handlers, orelse, finalbody, line)

    def parse_with(self):
        line = self.line()
        self.next()
        contexts = []
        varlist = []
        paren = False
        if self.at_op("("):
            # parenthesized with-items (3.10): look for "as" at depth 1 or a trailing ","
            paren = self.looks_like_paren_with()
            if paren:
                self.next()
        while True:
            ctx = self.parse_test()
            var = None
            if self.accept_kw("as"):
                var = self.parse_star_or_expr_target()
            contexts.append(ctx)
            varlist.append(var)
            if not self.accept_op(","):
                break
            if paren and self.at_op(")"):
                break
        if paren:
            self.expect_op(")")
        self.expect_op(":")
        body = self.parse_block()
        i = len(contexts) - 1
        stmt = With(contexts[i], varlist[i], body, line)
        while i > 0:
            i -= 1
            stmt = With(contexts[i], varlist[i], [stmt], line)
        return stmt

    def looks_like_paren_with(self):
        i = self.pos + 1
        depth = 1
        while i < len(self.tokens):
            t = self.tokens[i]
            if t.kind == T_OP:
                if t.value in ("(", "[", "{"):
                    depth += 1
                elif t.value in (")", "]", "}"):
                    depth -= 1
                    if depth == 0:
                        nt = self.tokens[i + 1]
                        return nt.kind == T_OP and nt.value == ":"
            elif t.kind == T_NAME and t.value == "as" and depth == 1:
                return True
            elif t.kind == T_NEWLINE or t.kind == T_EOF:
                return False
            i += 1
        return False

    def parse_star_or_expr_target(self):
        e = self.parse_expr()
        self.check_target(e, False)
        return e

    def parse_funcdef(self, decorators):
        line = self.line()
        self.next()
        name = self.expect_name()
        self.expect_op("(")
        args = self.parse_arguments(")", True)
        self.expect_op(")")
        if self.accept_op("->"):
            self.parse_test()
        self.expect_op(":")
        body = self.parse_block()
        return FunctionDef(name, args, body, decorators, line)

    def parse_arguments(self, closer, annotations):
        args = Arguments()
        seen_star = False
        seen_default = False
        names = []
        while not self.at_op(closer):
            if self.accept_op("**"):
                args.kwarg = self.expect_name()
                names.append(args.kwarg)
                if annotations and self.accept_op(":"):
                    self.parse_test()
                self.accept_op(",")
                break
            if self.accept_op("*"):
                if seen_star:
                    raise self.error("* argument may appear only once")
                seen_star = True
                if not self.at_op(",") and not self.at_op(closer):
                    args.vararg = self.expect_name()
                    names.append(args.vararg)
                    if annotations and self.accept_op(":"):
                        self.parse_test()
                if not self.accept_op(","):
                    break
                continue
            if self.accept_op("/"):
                args.posonly = len(args.args)
                if not self.accept_op(","):
                    break
                continue
            name = self.expect_name()
            for other in names:
                if other == name:
                    raise self.error("duplicate argument '%s' in function definition" % name)
            names.append(name)
            if annotations and self.accept_op(":"):
                self.parse_test()
            default = None
            if self.accept_op("="):
                default = self.parse_test()
            if seen_star:
                args.kwonly.append(name)
                args.kw_defaults.append(default)
            else:
                args.args.append(name)
                if default is not None:
                    args.defaults.append(default)
                    seen_default = True
                elif seen_default:
                    raise self.error("non-default argument follows default argument")
            if not self.accept_op(","):
                break
        return args

    def parse_classdef(self, decorators):
        line = self.line()
        self.next()
        name = self.expect_name()
        bases = []
        if self.accept_op("("):
            while not self.at_op(")"):
                if self.at_op("*") or self.at_op("**"):
                    raise self.error("star-arguments in class bases are not supported")
                if self.peek().kind == T_NAME and self.peek_at(1).kind == T_OP and self.peek_at(1).value == "=":
                    kw = self.expect_name()
                    self.next()
                    self.parse_test()
                    raise SyntaxError_("class keyword arguments (%s=...) are not supported" % kw, line)
                bases.append(self.parse_test())
                if not self.accept_op(","):
                    break
            self.expect_op(")")
        self.expect_op(":")
        body = self.parse_block()
        return ClassDef(name, bases, body, decorators, line)

    # ------------------------------------------------------------ expressions

    def parse_testlist_star(self):
        """Expressions separated by commas (a tuple if there is a comma), stars allowed."""
        line = self.line()
        if self.at_kw("yield"):
            return self.parse_yield()
        first = self.parse_star_or_namedexpr()
        if not self.at_op(","):
            return first
        elts = [first]
        while self.accept_op(","):
            if self.at_expr_end():
                break
            elts.append(self.parse_star_or_namedexpr())
        return TupleExpr(elts, line)

    def parse_star_or_namedexpr(self):
        if self.at_op("*"):
            line = self.line()
            self.next()
            return Starred(self.parse_expr(), line)
        return self.parse_namedexpr_test()

    def parse_testlist(self):
        line = self.line()
        first = self.parse_test()
        if not self.at_op(","):
            return first
        elts = [first]
        while self.accept_op(","):
            if self.at_expr_end():
                break
            elts.append(self.parse_star_or_namedexpr())
        return TupleExpr(elts, line)

    def at_expr_end(self):
        t = self.peek()
        if t.kind == T_NEWLINE or t.kind == T_EOF:
            return True
        if t.kind == T_OP and t.value in ("=", ")", "]", "}", ":", ";"):
            return True
        if t.kind == T_OP:
            for op in AUGOPS:
                if t.value == op:
                    return True
        return False

    def parse_yield(self):
        line = self.line()
        self.expect_kw("yield")
        if self.accept_kw("from"):
            return YieldFrom(self.parse_test(), line)
        t = self.peek()
        if t.kind == T_NEWLINE or t.kind == T_EOF or (t.kind == T_OP and t.value in (")", "]", "}", "=", ";")):
            return Yield(None, line)
        return Yield(self.parse_testlist_star(), line)

    def parse_namedexpr_test(self):
        if self.peek().kind == T_NAME and self.peek_at(1).kind == T_OP and self.peek_at(1).value == ":=":
            line = self.line()
            name = self.expect_name()
            self.next()
            value = self.parse_test()
            return NamedExpr(Name(name, line), value, line)
        return self.parse_test()

    def parse_test(self):
        if self.at_kw("lambda"):
            return self.parse_lambda()
        line = self.line()
        e = self.parse_or_test()
        if self.at_kw("if"):
            self.next()
            test = self.parse_or_test()
            self.expect_kw("else")
            orelse = self.parse_test()
            return IfExp(test, e, orelse, line)
        return e

    def parse_test_nocond(self):
        if self.at_kw("lambda"):
            return self.parse_lambda()
        return self.parse_or_test()

    def parse_lambda(self):
        line = self.line()
        self.next()
        args = self.parse_arguments(":", False)
        self.expect_op(":")
        body = self.parse_test()
        return Lambda(args, body, line)

    def parse_or_test(self):
        line = self.line()
        e = self.parse_and_test()
        if not self.at_kw("or"):
            return e
        values = [e]
        while self.accept_kw("or"):
            values.append(self.parse_and_test())
        return BoolOp(False, values, line)

    def parse_and_test(self):
        line = self.line()
        e = self.parse_not_test()
        if not self.at_kw("and"):
            return e
        values = [e]
        while self.accept_kw("and"):
            values.append(self.parse_not_test())
        return BoolOp(True, values, line)

    def parse_not_test(self):
        if self.at_kw("not"):
            line = self.line()
            self.next()
            return UnaryOp("not", self.parse_not_test(), line)
        return self.parse_comparison()

    def parse_comparison(self):
        line = self.line()
        e = self.parse_expr()
        ops = []
        comps = []
        while True:
            t = self.peek()
            op = ""
            if t.kind == T_OP and t.value in ("<", ">", "==", ">=", "<=", "!="):
                op = t.value
                self.next()
            elif t.kind == T_NAME and t.value == "in":
                op = "in"
                self.next()
            elif t.kind == T_NAME and t.value == "not" and self.peek_at(1).kind == T_NAME and self.peek_at(1).value == "in":
                op = "not in"
                self.next()
                self.next()
            elif t.kind == T_NAME and t.value == "is":
                self.next()
                if self.accept_kw("not"):
                    op = "is not"
                else:
                    op = "is"
            else:
                break
            ops.append(op)
            comps.append(self.parse_expr())
        if len(ops) == 0:
            return e
        return Compare(e, ops, comps, line)

    def parse_expr(self):
        return self.parse_binary(0)

    def parse_binary(self, level):
        # levels: 0 '|', 1 '^', 2 '&', 3 shifts, 4 + -, 5 * / // % @
        if level == 6:
            return self.parse_factor()
        line = self.line()
        e = self.parse_binary(level + 1)
        while True:
            t = self.peek()
            if t.kind != T_OP:
                return e
            v = t.value
            ok = False
            if level == 0:
                ok = v == "|"
            elif level == 1:
                ok = v == "^"
            elif level == 2:
                ok = v == "&"
            elif level == 3:
                ok = v == "<<" or v == ">>"
            elif level == 4:
                ok = v == "+" or v == "-"
            else:
                ok = v == "*" or v == "/" or v == "//" or v == "%" or v == "@"
            if not ok:
                return e
            self.next()
            right = self.parse_binary(level + 1)
            e = BinOp(v, e, right, line)

    def parse_factor(self):
        t = self.peek()
        if t.kind == T_OP and (t.value == "-" or t.value == "+" or t.value == "~"):
            self.next()
            operand = self.parse_factor()
            if t.value == "-" and isinstance(operand, Const) and (operand.kind == CONST_INT or operand.kind == CONST_FLOAT) and operand.s[0] != '-':
                return Const(operand.kind, "-" + operand.s, t.line)
            return UnaryOp(t.value, operand, t.line)
        return self.parse_power()

    def parse_power(self):
        line = self.line()
        if self.at_kw("await"):
            raise self.error("await is not supported")
        e = self.parse_atom_expr()
        if self.accept_op("**"):
            right = self.parse_factor()
            return BinOp("**", e, right, line)
        return e

    def parse_atom_expr(self):
        e = self.parse_atom()
        while True:
            t = self.peek()
            if t.kind != T_OP:
                return e
            if t.value == "(":
                self.next()
                e = self.parse_call(e, t.line)
            elif t.value == "[":
                self.next()
                idx = self.parse_subscript_list()
                self.expect_op("]")
                e = Subscript(e, idx, t.line)
            elif t.value == ".":
                self.next()
                name = self.expect_name()
                e = Attribute(e, name, t.line)
            else:
                return e

    def parse_call(self, func, line):
        args = []
        kwnames = []
        kwvalues = []
        while not self.at_op(")"):
            if self.accept_op("**"):
                kwnames.append("")
                kwvalues.append(self.parse_test())
            elif self.at_op("*"):
                sline = self.line()
                self.next()
                args.append(Starred(self.parse_test(), sline))
            elif self.peek().kind == T_NAME and self.peek_at(1).kind == T_OP and self.peek_at(1).value == "=":
                name = self.expect_name()
                self.next()
                for other in kwnames:
                    if other == name:
                        raise self.error("keyword argument repeated: %s" % name)
                kwnames.append(name)
                kwvalues.append(self.parse_test())
            else:
                aline = self.line()
                a = self.parse_namedexpr_test()
                if self.at_kw("for"):
                    a = self.parse_comp_tail(COMP_GEN, a, None, aline)
                    if len(args) > 0 or not self.at_op(")"):
                        if not self.at_op(")"):
                            raise self.error("Generator expression must be parenthesized")
                if len(kwnames) > 0:
                    raise self.error("positional argument follows keyword argument")
                args.append(a)
            if not self.accept_op(","):
                break
        self.expect_op(")")
        return Call(func, args, kwnames, kwvalues, line)

    def parse_subscript_list(self):
        line = self.line()
        first = self.parse_subscript()
        if not self.at_op(","):
            return first
        elts = [first]
        while self.accept_op(","):
            if self.at_op("]"):
                break
            elts.append(self.parse_subscript())
        return TupleExpr(elts, line)

    def parse_subscript(self):
        line = self.line()
        lower = None
        if not self.at_op(":"):
            lower = self.parse_namedexpr_test()
            if not self.at_op(":"):
                return lower
        self.next()
        upper = None
        step = None
        if not self.at_op(":") and not self.at_op("]") and not self.at_op(","):
            upper = self.parse_test()
        if self.accept_op(":"):
            if not self.at_op("]") and not self.at_op(","):
                step = self.parse_test()
        return Slice(lower, upper, step, line)

    def parse_atom(self):
        t = self.peek()
        line = t.line
        if t.kind == T_NAME:
            v = t.value
            if v == "None":
                self.next()
                return Const(CONST_NONE, "", line)
            if v == "True":
                self.next()
                return Const(CONST_TRUE, "", line)
            if v == "False":
                self.next()
                return Const(CONST_FALSE, "", line)
            if v == "yield":
                raise self.error("'yield' outside parentheses")
            if is_keyword(v):
                raise self.error("invalid syntax")
            self.next()
            return Name(v, line)
        if t.kind == T_NUMBER:
            self.next()
            return parse_number(t.value, line)
        if t.kind == T_STRING:
            return self.parse_strings()
        if t.kind == T_OP:
            v = t.value
            if v == "(":
                self.next()
                if self.accept_op(")"):
                    return TupleExpr([], line)
                if self.at_kw("yield"):
                    e = self.parse_yield()
                    self.expect_op(")")
                    return e
                first = self.parse_star_or_namedexpr()
                if self.at_kw("for"):
                    e = self.parse_comp_tail(COMP_GEN, first, None, line)
                    self.expect_op(")")
                    return e
                if self.accept_op(")"):
                    if isinstance(first, Starred):
                        raise self.error("cannot use starred expression here")
                    return first
                elts = [first]
                while self.accept_op(","):
                    if self.at_op(")"):
                        break
                    elts.append(self.parse_star_or_namedexpr())
                self.expect_op(")")
                return TupleExpr(elts, line)
            if v == "[":
                self.next()
                if self.accept_op("]"):
                    return ListExpr([], line)
                first = self.parse_star_or_namedexpr()
                if self.at_kw("for"):
                    e = self.parse_comp_tail(COMP_LIST, first, None, line)
                    self.expect_op("]")
                    return e
                elts = [first]
                while self.accept_op(","):
                    if self.at_op("]"):
                        break
                    elts.append(self.parse_star_or_namedexpr())
                self.expect_op("]")
                return ListExpr(elts, line)
            if v == "{":
                self.next()
                return self.parse_dict_or_set(line)
            if v == "...":
                self.next()
                return Const(CONST_ELLIPSIS, "", line)
        if t.kind == T_EOF:
            raise self.error("unexpected EOF while parsing")
        if t.kind == T_INDENT:
            raise self.error("unexpected indent")
        raise self.error("invalid syntax")
        return None

    def parse_dict_or_set(self, line):
        if self.accept_op("}"):
            return DictExpr([], [], line)
        if self.accept_op("**"):
            keys = [None]
            values = [self.parse_expr()]
            return self.parse_dict_rest(keys, values, line)
        first = self.parse_star_or_namedexpr()
        if self.accept_op(":"):
            value = self.parse_test()
            if self.at_kw("for"):
                e = self.parse_comp_tail(COMP_DICT, first, value, line)
                self.expect_op("}")
                return e
            return self.parse_dict_rest([first], [value], line)
        if self.at_kw("for"):
            e = self.parse_comp_tail(COMP_SET, first, None, line)
            self.expect_op("}")
            return e
        elts = [first]
        while self.accept_op(","):
            if self.at_op("}"):
                break
            elts.append(self.parse_star_or_namedexpr())
        self.expect_op("}")
        return SetExpr(elts, line)

    def parse_dict_rest(self, keys, values, line):
        while self.accept_op(","):
            if self.at_op("}"):
                break
            if self.accept_op("**"):
                keys.append(None)
                values.append(self.parse_expr())
                continue
            keys.append(self.parse_test())
            self.expect_op(":")
            values.append(self.parse_test())
        self.expect_op("}")
        return DictExpr(keys, values, line)

    def parse_comp_tail(self, kind, elt, value, line):
        generators = []
        while self.at_kw("for"):
            self.next()
            if self.at_kw("async"):
                raise self.error("async comprehensions are not supported")
            target = self.parse_target_list()
            self.expect_kw("in")
            it = self.parse_or_test()
            ifs = []
            while self.at_kw("if"):
                self.next()
                ifs.append(self.parse_test_nocond())
            generators.append(Comprehension(target, it, ifs))
        return Comp(kind, elt, value, generators, line)

    # ------------------------------------------------------------ strings

    def parse_strings(self):
        """Adjacent string literals concatenate; f-strings make a JoinedStr."""
        line = self.line()
        parts = []
        is_bytes = False
        has_f = False
        count = 0
        while self.peek().kind == T_STRING:
            t = self.next()
            flag = t.flag & 3
            raw = (t.flag & 4) != 0
            if count > 0 and (flag == S_BYTES) != is_bytes:
                raise SyntaxError_("cannot mix bytes and nonbytes literals", t.line)
            if flag == S_BYTES:
                is_bytes = True
            count += 1
            if flag == S_FSTRING:
                has_f = True
                self.parse_fstring(t.value, raw, t.line, parts)
            else:
                parts.append(Const(CONST_STR, t.value, t.line))
        if is_bytes:
            s = ""
            for p in parts:
                assert isinstance(p, Const)
                s += p.s
            return Const(CONST_BYTES, s, line)
        if not has_f:
            s = ""
            for p in parts:
                assert isinstance(p, Const)
                s += p.s
            return Const(CONST_STR, s, line)
        # merge adjacent constants
        merged = []
        for p in parts:
            if isinstance(p, Const) and len(merged) > 0:
                last = merged[-1]
                if isinstance(last, Const):
                    merged[-1] = Const(CONST_STR, last.s + p.s, last.line)
                    continue
            merged.append(p)
        return JoinedStr(merged, line)

    def parse_fstring(self, s, raw, line, parts):
        i = 0
        n = len(s)
        buf = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    buf.append('{')
                    i += 2
                    continue
                if len(buf) > 0:
                    parts.append(Const(CONST_STR, decode_fstring_literal("".join(buf), raw, line), line))
                    buf = []
                i = self.parse_fstring_field(s, i + 1, raw, line, parts)
                continue
            if c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    buf.append('}')
                    i += 2
                    continue
                raise SyntaxError_("f-string: single '}' is not allowed", line)
            buf.append(c)
            i += 1
        if len(buf) > 0:
            parts.append(Const(CONST_STR, decode_fstring_literal("".join(buf), raw, line), line))

    def parse_fstring_field(self, s, i, raw, line, parts):
        """s[i:] starts just after '{'.  Returns the index after the closing '}'."""
        n = len(s)
        depth = 0
        start = i
        quote = ''
        while i < n:
            c = s[i]
            if quote != '':
                if c == quote:
                    quote = ''
            elif c == '"' or c == "'":
                quote = c
            elif c == '[' or c == '(' or c == '{':
                depth += 1
            elif c == ']' or c == ')' or c == '}':
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and (c == '!' or c == ':'):
                if c == '!' and i + 1 < n and s[i + 1] == '=':
                    i += 2
                    continue
                break
            elif depth == 0 and c == '=' and i + 1 < n and s[i + 1] != '=' and i > start and s[i - 1] not in "=!<>":
                break
            i += 1
        if i >= n:
            raise SyntaxError_("f-string: expecting '}'", line)
        expr_src = s[start:i]
        if expr_src.strip() == "":
            raise SyntaxError_("f-string: empty expression not allowed", line)
        expr = parse_expression_source(expr_src, line)
        conversion = 0
        if s[i] == '=':
            # f"{x=}": the text, then repr unless a format spec or conversion follows
            i += 1
            while i < n and s[i] == ' ':
                i += 1
            parts.append(Const(CONST_STR, s[start:i], line))
            conversion = ord('r')
            if i < n and (s[i] == ':' or s[i] == '!'):
                conversion = 0
        if i < n and s[i] == '!':
            if i + 1 >= n:
                raise SyntaxError_("f-string: expecting '}'", line)
            cc = s[i + 1]
            if cc != 'r' and cc != 's' and cc != 'a':
                raise SyntaxError_("f-string: invalid conversion character: expected 's', 'r', or 'a'", line)
            conversion = ord(cc)
            i += 2
        spec = None
        if i < n and s[i] == ':':
            i += 1
            specparts = []
            buf = []
            while i < n and s[i] != '}':
                if s[i] == '{':
                    if len(buf) > 0:
                        specparts.append(Const(CONST_STR, "".join(buf), line))
                        buf = []
                    i = self.parse_fstring_field(s, i + 1, raw, line, specparts)
                    continue
                buf.append(s[i])
                i += 1
            if len(buf) > 0:
                specparts.append(Const(CONST_STR, "".join(buf), line))
            spec = JoinedStr(specparts, line)
        if i >= n or s[i] != '}':
            raise SyntaxError_("f-string: expecting '}'", line)
        parts.append(FormattedValue(expr, conversion, spec, line))
        return i + 1


def decode_fstring_literal(s, raw, line):
    if raw:
        return s
    tk = Tokenizer(s)
    chars = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '\\' and i + 1 < n:
            tk.pos = i + 2
            tk.decode_escape(s[i + 1], chars)
            i = tk.pos
            continue
        chars.append(c)
        i += 1
    return "".join(chars)


def parse_expression_source(src, line):
    tokens = tokenize("(" + src + ")")
    for t in tokens:
        t.line = line
    p = Parser(tokens)
    e = p.parse_testlist_star()
    while p.peek().kind == T_NEWLINE:
        p.next()
    if p.peek().kind != T_EOF:
        raise SyntaxError_("f-string: invalid syntax", line)
    return e


def parse_number(s, line):
    s2 = s.replace("_", "")
    if len(s2) > 1 and s2[0] == '0' and (s2[1] in "xXoObB"):
        return Const(CONST_INT, s2, line)
    for c in s2:
        if c == '.' or c == 'e' or c == 'E':
            return Const(CONST_FLOAT, s2, line)
    if len(s2) > 1 and s2[0] == '0':
        for c in s2:
            if c != '0':
                raise SyntaxError_("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line)
    return Const(CONST_INT, s2, line)


def describe(e):
    if isinstance(e, Call):
        return "function call"
    if isinstance(e, Const):
        if e.kind == CONST_NONE:
            return "None"
        if e.kind == CONST_TRUE:
            return "True"
        if e.kind == CONST_FALSE:
            return "False"
        if e.kind == CONST_ELLIPSIS:
            return "ellipsis"
        return "literal"
    if isinstance(e, BinOp) or isinstance(e, UnaryOp):
        return "expression"
    if isinstance(e, BoolOp):
        return "expression"
    if isinstance(e, Compare):
        return "comparison"
    if isinstance(e, Lambda):
        return "lambda"
    if isinstance(e, IfExp):
        return "conditional expression"
    if isinstance(e, Comp):
        if e.kind == COMP_GEN:
            return "generator expression"
        if e.kind == COMP_LIST:
            return "list comprehension"
        if e.kind == COMP_SET:
            return "set comprehension"
        return "dict comprehension"
    if isinstance(e, DictExpr):
        return "dict literal"
    if isinstance(e, SetExpr):
        return "set display"
    if isinstance(e, JoinedStr):
        return "f-string expression"
    if isinstance(e, Yield) or isinstance(e, YieldFrom):
        return "yield expression"
    if isinstance(e, Starred):
        return "starred"
    if isinstance(e, NamedExpr):
        return "named expression"
    return "expression"


def parse(source):
    tokens = tokenize(source)
    return Parser(tokens).parse_module()
