"""The abstract syntax tree (the subset of CPython's ``ast`` module pyvm compiles).

Every node has a ``line``.  Expressions derive from Expr, statements from Stmt.  Lists of
nodes are lists of the base class (RPython lists are homogeneous); optional children are
None.
"""


class Node(object):
    line = 0
    scope = None        # the compiler's Scope, for nodes that open one


class Expr(Node):
    pass


class Stmt(Node):
    pass


CONST_INT = 0
CONST_FLOAT = 1
CONST_STR = 2
CONST_BYTES = 3
CONST_NONE = 4
CONST_TRUE = 5
CONST_FALSE = 6
CONST_ELLIPSIS = 7


class Const(Expr):
    def __init__(self, kind, s, line):
        self.kind = kind
        self.s = s
        self.line = line


class Name(Expr):
    def __init__(self, id, line):
        self.id = id
        self.line = line


class Attribute(Expr):
    def __init__(self, value, attr, line):
        self.value = value
        self.attr = attr
        self.line = line


class Subscript(Expr):
    def __init__(self, value, index, line):
        self.value = value
        self.index = index
        self.line = line


class Slice(Expr):
    def __init__(self, lower, upper, step, line):
        self.lower = lower
        self.upper = upper
        self.step = step
        self.line = line


class Call(Expr):
    """args may contain Starred; keyword names "" mean a ``**mapping`` argument."""

    def __init__(self, func, args, kwnames, kwvalues, line):
        self.func = func
        self.args = args
        self.kwnames = kwnames
        self.kwvalues = kwvalues
        self.line = line


class BinOp(Expr):
    def __init__(self, op, left, right, line):
        self.op = op
        self.left = left
        self.right = right
        self.line = line


class UnaryOp(Expr):
    def __init__(self, op, operand, line):
        self.op = op
        self.operand = operand
        self.line = line


class BoolOp(Expr):
    def __init__(self, is_and, values, line):
        self.is_and = is_and
        self.values = values
        self.line = line


class Compare(Expr):
    def __init__(self, left, ops, comparators, line):
        self.left = left
        self.ops = ops
        self.comparators = comparators
        self.line = line


class IfExp(Expr):
    def __init__(self, test, body, orelse, line):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.line = line


class Lambda(Expr):
    def __init__(self, args, body, line):
        self.args = args
        self.body = body
        self.line = line


class ListExpr(Expr):
    def __init__(self, elts, line):
        self.elts = elts
        self.line = line


class TupleExpr(Expr):
    def __init__(self, elts, line):
        self.elts = elts
        self.line = line


class SetExpr(Expr):
    def __init__(self, elts, line):
        self.elts = elts
        self.line = line


class DictExpr(Expr):
    """keys[i] is None for a ``**mapping`` entry."""

    def __init__(self, keys, values, line):
        self.keys = keys
        self.values = values
        self.line = line


COMP_LIST = 0
COMP_SET = 1
COMP_DICT = 2
COMP_GEN = 3


class Comprehension(Node):
    def __init__(self, target, iter, ifs):
        self.target = target
        self.iter = iter
        self.ifs = ifs


class Comp(Expr):
    def __init__(self, kind, elt, value, generators, line):
        self.kind = kind
        self.elt = elt
        self.value = value
        self.generators = generators
        self.line = line


class Starred(Expr):
    def __init__(self, value, line):
        self.value = value
        self.line = line


class Yield(Expr):
    def __init__(self, value, line):
        self.value = value
        self.line = line


class YieldFrom(Expr):
    def __init__(self, value, line):
        self.value = value
        self.line = line


class JoinedStr(Expr):
    def __init__(self, values, line):
        self.values = values
        self.line = line


class FormattedValue(Expr):
    """conversion: 0 none, 'r', 's', 'a' as ints ord(); spec: a JoinedStr or None."""

    def __init__(self, value, conversion, spec, line):
        self.value = value
        self.conversion = conversion
        self.spec = spec
        self.line = line


class NamedExpr(Expr):
    def __init__(self, target, value, line):
        self.target = target
        self.value = value
        self.line = line


# ---------------------------------------------------------------- statements

class ExprStmt(Stmt):
    def __init__(self, value, line):
        self.value = value
        self.line = line


class Assign(Stmt):
    def __init__(self, targets, value, line):
        self.targets = targets
        self.value = value
        self.line = line


class AugAssign(Stmt):
    def __init__(self, target, op, value, line):
        self.target = target
        self.op = op
        self.value = value
        self.line = line


class Delete(Stmt):
    def __init__(self, targets, line):
        self.targets = targets
        self.line = line


class Pass(Stmt):
    def __init__(self, line):
        self.line = line


class Break(Stmt):
    def __init__(self, line):
        self.line = line


class Continue(Stmt):
    def __init__(self, line):
        self.line = line


class Return(Stmt):
    def __init__(self, value, line):
        self.value = value
        self.line = line


class Raise(Stmt):
    def __init__(self, exc, cause, line):
        self.exc = exc
        self.cause = cause
        self.line = line


class Global(Stmt):
    def __init__(self, names, line):
        self.names = names
        self.line = line


class Nonlocal(Stmt):
    def __init__(self, names, line):
        self.names = names
        self.line = line


class Assert(Stmt):
    def __init__(self, test, msg, line):
        self.test = test
        self.msg = msg
        self.line = line


class Import(Stmt):
    def __init__(self, names, asnames, line):
        self.names = names
        self.asnames = asnames
        self.line = line


class ImportFrom(Stmt):
    def __init__(self, module, names, asnames, line):
        self.module = module
        self.names = names
        self.asnames = asnames
        self.line = line


class If(Stmt):
    def __init__(self, test, body, orelse, line):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.line = line


class While(Stmt):
    def __init__(self, test, body, orelse, line):
        self.test = test
        self.body = body
        self.orelse = orelse
        self.line = line


class For(Stmt):
    def __init__(self, target, iter, body, orelse, line):
        self.target = target
        self.iter = iter
        self.body = body
        self.orelse = orelse
        self.line = line


class ExceptHandler(Node):
    def __init__(self, type, name, body, line):
        self.type = type
        self.name = name
        self.body = body
        self.line = line


class Try(Stmt):
    def __init__(self, body, handlers, orelse, finalbody, line):
        self.body = body
        self.handlers = handlers
        self.orelse = orelse
        self.finalbody = finalbody
        self.line = line


class With(Stmt):
    """One item per With node (``with a, b:`` nests)."""

    def __init__(self, context, var, body, line):
        self.context = context
        self.var = var
        self.body = body
        self.line = line


class Arguments(Node):
    def __init__(self):
        self.args = []          # positional parameter names
        self.posonly = 0        # how many of them are positional-only (before '/')
        self.defaults = []      # Exprs for the last len(defaults) positional parameters
        self.vararg = ""
        self.kwonly = []
        self.kw_defaults = []   # Expr or None, one per kwonly
        self.kwarg = ""


class FunctionDef(Stmt):
    def __init__(self, name, args, body, decorators, line):
        self.name = name
        self.args = args
        self.body = body
        self.decorators = decorators
        self.line = line


class ClassDef(Stmt):
    def __init__(self, name, bases, body, decorators, line):
        self.name = name
        self.bases = bases
        self.body = body
        self.decorators = decorators
        self.line = line
