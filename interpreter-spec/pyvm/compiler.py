"""The compiler: AST to bytecode (CPython's symtable.c and compile.c, much simplified).

Two passes.  ``ScopeBuilder`` walks the tree once and makes a Scope for the module and
for every function, lambda, comprehension and class body: which names each assigns,
declares global/nonlocal and uses.  ``resolve`` then decides, for every name, whether
it is a fast local, a cell (a local captured by an inner function), a free variable
(captured from an outer function), a global, or a name looked up in a dict (module and
class bodies).  ``CodeGen`` emits the instructions of pycode.py for one scope.

Control flow that leaves a block early (``return``/``break``/``continue`` inside
``try``/``with``/``for``/``except``) unwinds the compiler's block stack at compile
time, emitting the cleanup (POP_BLOCK, the finally body, ...) inline -- as CPython 3.9+.
"""

from tokenizer import SyntaxError_
from astnodes import (Assert, Assign, Attribute, AugAssign, BinOp, BoolOp, Break, COMP_DICT,
    COMP_GEN, COMP_LIST, COMP_SET, CONST_BYTES, CONST_FALSE, CONST_FLOAT, CONST_INT,
    CONST_NONE, CONST_STR, CONST_TRUE, Call, ClassDef, Comp, Compare, Comprehension, Const,
    Continue, Delete, DictExpr, ExceptHandler, ExprStmt, For, FormattedValue, FunctionDef,
    Global, If, IfExp, Import, ImportFrom, JoinedStr, Lambda, ListExpr, Name, NamedExpr, Node,
    Nonlocal, Pass, Raise, Return, SetExpr, Slice, Starred, Subscript, Try, TupleExpr,
    UnaryOp, While, With, Yield, YieldFrom)
from pycode import (BINARY_OP, BINARY_SUBSCR, BUILD_CLASS, BUILD_LIST, BUILD_MAP, BUILD_SET,
    BUILD_SLICE, BUILD_STRING, BUILD_TUPLE, CALL_FUNCTION, CALL_FUNCTION_EX, CALL_FUNCTION_KW,
    CALL_METHOD, COMPARE_OP, DELETE_ATTR, DELETE_DEREF, DELETE_FAST, DELETE_GLOBAL,
    DELETE_NAME, DELETE_SUBSCR, DICT_MERGE, DICT_UPDATE, DUP_TOP, DUP_TOP_TWO, FORMAT_VALUE,
    FOR_ITER, GET_ITER, GET_YIELD_FROM_ITER, IMPORT_FROM, IMPORT_NAME, IMPORT_STAR,
    INPLACE_OP, JUMP, JUMP_IF_FALSE_OR_POP, JUMP_IF_NOT_EXC_MATCH, JUMP_IF_TRUE_OR_POP,
    LIST_APPEND, LIST_EXTEND, LIST_TO_TUPLE, LOAD_ASSERTION_ERROR, LOAD_ATTR, LOAD_CLASSDEREF,
    LOAD_CLOSURE, LOAD_CONST, LOAD_DEREF, LOAD_FAST, LOAD_GLOBAL, LOAD_METHOD, LOAD_NAME,
    MAKE_FUNCTION, MAP_ADD, MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS, NOP, POP_BLOCK,
    POP_EXCEPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_TOP, PyCode, RAISE_VARARGS, RERAISE,
    RETURN_VALUE, ROT_THREE, ROT_TWO, SETUP_EXCEPT, SETUP_WITH, SET_ADD, SET_UPDATE,
    STORE_ATTR, STORE_DEREF, STORE_FAST, STORE_GLOBAL, STORE_NAME, STORE_SUBSCR, UNARY_OP,
    UNPACK_EX, UNPACK_SEQUENCE, WITH_EXCEPT, WITH_EXIT, YIELD_FROM, YIELD_VALUE)
import objspace
from objspace import W_IntObject, W_FloatObject, W_StrObject, W_BytesObject, w_None, w_True, w_False, w_Ellipsis, W_TupleObject
from strformat import parse_int_literal, parse_float_literal

SCOPE_MODULE = 0
SCOPE_FUNCTION = 1
SCOPE_CLASS = 2

# how a name is accessed
N_FAST = 0
N_DEREF = 1
N_GLOBAL = 2
N_NAME = 3
N_CLASSDEREF = 4


class Scope(object):
    def __init__(self, kind, name, parent):
        self.kind = kind
        self.name = name
        self.parent = parent
        self.assigned = {}
        self.globals = {}
        self.nonlocals = {}
        self.used = {}
        self.params = []
        self.cells = {}
        self.frees = {}
        self.freelist = []
        self.celllist = []
        self.is_generator = False
        self.children = []
        self.qualname = name
        self.class_name = ""    # the enclosing class, for private name mangling

    def is_local(self, name):
        return name in self.assigned and name not in self.globals and name not in self.nonlocals

    def add_free(self, name):
        if name not in self.frees:
            self.frees[name] = True
            self.freelist.append(name)

    def add_cell(self, name):
        if name not in self.cells:
            self.cells[name] = True
            self.celllist.append(name)


class ScopeBuilder(object):
    """Pass 1: build the Scope tree and attach each scope to its node."""

    def __init__(self):
        self.scope = None

    def assign(self, name):
        self.scope.assigned[name] = True

    def use(self, name):
        self.scope.used[name] = True

    def new_scope(self, kind, name, node):
        s = Scope(kind, name, self.scope)
        if self.scope is not None:
            self.scope.children.append(s)
            parent = self.scope
            if parent.kind == SCOPE_MODULE:
                s.qualname = name
            elif parent.kind == SCOPE_FUNCTION:
                s.qualname = parent.qualname + ".<locals>." + name
            else:
                s.qualname = parent.qualname + "." + name
        if self.scope is not None:
            if self.scope.kind == SCOPE_CLASS:
                s.class_name = self.scope.name
            else:
                s.class_name = self.scope.class_name
        node.scope = s
        return s

    def visit_module(self, body, node):
        self.scope = self.new_scope(SCOPE_MODULE, "<module>", node)
        self.visit_body(body)
        return self.scope

    def visit_body(self, body):
        for st in body:
            self.visit_stmt(st)

    def visit_arguments_defaults(self, args):
        for d in args.defaults:
            self.visit_expr(d)
        for d in args.kw_defaults:
            if d is not None:
                self.visit_expr(d)

    def enter_function(self, name, args, node):
        outer = self.scope
        s = self.new_scope(SCOPE_FUNCTION, name, node)
        for a in args.args:
            s.params.append(a)
        for a in args.kwonly:
            s.params.append(a)
        if args.vararg != "":
            s.params.append(args.vararg)
        if args.kwarg != "":
            s.params.append(args.kwarg)
        for p in s.params:
            s.assigned[p] = True
        self.scope = s
        return outer

    def visit_stmt(self, st):
        if isinstance(st, ExprStmt):
            self.visit_expr(st.value)
        elif isinstance(st, Assign):
            self.visit_expr(st.value)
            for t in st.targets:
                self.visit_target(t)
        elif isinstance(st, AugAssign):
            self.visit_expr(st.value)
            self.visit_expr(st.target)
            self.visit_target(st.target)
        elif isinstance(st, Delete):
            for t in st.targets:
                self.visit_target(t)
        elif isinstance(st, Return):
            if self.scope.kind != SCOPE_FUNCTION:
                raise SyntaxError_("'return' outside function", st.line)
            if st.value is not None:
                self.visit_expr(st.value)
        elif isinstance(st, Raise):
            if st.exc is not None:
                self.visit_expr(st.exc)
            if st.cause is not None:
                self.visit_expr(st.cause)
        elif isinstance(st, Global):
            for n in st.names:
                if n in self.scope.used or n in self.scope.assigned:
                    if n in self.scope.assigned and self.scope.kind == SCOPE_FUNCTION and n in self.scope.params:
                        raise SyntaxError_("name '%s' is parameter and global" % n, st.line)
                    raise SyntaxError_("name '%s' is %s prior to global declaration" % (n, "assigned to" if n in self.scope.assigned else "used"), st.line)
                self.scope.globals[n] = True
        elif isinstance(st, Nonlocal):
            if self.scope.kind == SCOPE_MODULE:
                raise SyntaxError_("nonlocal declaration not allowed at module level", st.line)
            for n in st.names:
                if n in self.scope.used or n in self.scope.assigned:
                    if n in self.scope.params:
                        raise SyntaxError_("name '%s' is parameter and nonlocal" % n, st.line)
                    raise SyntaxError_("name '%s' is %s prior to nonlocal declaration" % (n, "assigned to" if n in self.scope.assigned else "used"), st.line)
                self.scope.nonlocals[n] = True
                # check a binding exists
                p = self.scope.parent
                found = False
                while p is not None:
                    if p.kind == SCOPE_FUNCTION and (n in p.assigned or n in p.nonlocals):
                        found = True
                        break
                    p = p.parent
                if not found:
                    raise SyntaxError_("no binding for nonlocal '%s' found" % n, st.line)
        elif isinstance(st, Assert):
            self.visit_expr(st.test)
            if st.msg is not None:
                self.visit_expr(st.msg)
        elif isinstance(st, Import):
            for i in range(len(st.names)):
                if st.asnames[i] != "":
                    self.assign(st.asnames[i])
                else:
                    self.assign(st.names[i].split(".")[0])
        elif isinstance(st, ImportFrom):
            for i in range(len(st.names)):
                if st.names[i] == "*":
                    if self.scope.kind != SCOPE_MODULE:
                        raise SyntaxError_("import * only allowed at module level", st.line)
                    continue
                if st.asnames[i] != "":
                    self.assign(st.asnames[i])
                else:
                    self.assign(st.names[i])
        elif isinstance(st, If):
            self.visit_expr(st.test)
            self.visit_body(st.body)
            self.visit_body(st.orelse)
        elif isinstance(st, While):
            self.visit_expr(st.test)
            self.visit_body(st.body)
            self.visit_body(st.orelse)
        elif isinstance(st, For):
            self.visit_expr(st.iter)
            self.visit_target(st.target)
            self.visit_body(st.body)
            self.visit_body(st.orelse)
        elif isinstance(st, Try):
            self.visit_body(st.body)
            for h in st.handlers:
                assert isinstance(h, ExceptHandler)
                if h.type is not None:
                    self.visit_expr(h.type)
                if h.name != "":
                    self.assign(h.name)
                self.visit_body(h.body)
            self.visit_body(st.orelse)
            self.visit_body(st.finalbody)
        elif isinstance(st, With):
            self.visit_expr(st.context)
            if st.var is not None:
                self.visit_target(st.var)
            self.visit_body(st.body)
        elif isinstance(st, FunctionDef):
            for d in st.decorators:
                self.visit_expr(d)
            self.visit_arguments_defaults(st.args)
            self.assign(st.name)
            outer = self.enter_function(st.name, st.args, st)
            self.visit_body(st.body)
            self.scope = outer
        elif isinstance(st, ClassDef):
            for d in st.decorators:
                self.visit_expr(d)
            for b in st.bases:
                self.visit_expr(b)
            self.assign(st.name)
            outer = self.scope
            self.scope = self.new_scope(SCOPE_CLASS, st.name, st)
            self.visit_body(st.body)
            self.scope = outer

    def visit_target(self, t):
        if isinstance(t, Name):
            self.assign(t.id)
        elif isinstance(t, TupleExpr):
            for e in t.elts:
                self.visit_target(e)
        elif isinstance(t, ListExpr):
            for e in t.elts:
                self.visit_target(e)
        elif isinstance(t, Starred):
            self.visit_target(t.value)
        elif isinstance(t, Attribute):
            self.visit_expr(t.value)
        elif isinstance(t, Subscript):
            self.visit_expr(t.value)
            self.visit_expr(t.index)

    def visit_exprs(self, es):
        for e in es:
            self.visit_expr(e)

    def visit_expr(self, e):
        if isinstance(e, Name):
            self.use(e.id)
            if e.id == "super" and self.scope.kind == SCOPE_FUNCTION:
                self.use("__class__")
        elif isinstance(e, Const):
            pass
        elif isinstance(e, Attribute):
            self.visit_expr(e.value)
        elif isinstance(e, Subscript):
            self.visit_expr(e.value)
            self.visit_expr(e.index)
        elif isinstance(e, Slice):
            if e.lower is not None:
                self.visit_expr(e.lower)
            if e.upper is not None:
                self.visit_expr(e.upper)
            if e.step is not None:
                self.visit_expr(e.step)
        elif isinstance(e, Call):
            self.visit_expr(e.func)
            self.visit_exprs(e.args)
            self.visit_exprs(e.kwvalues)
        elif isinstance(e, BinOp):
            self.visit_expr(e.left)
            self.visit_expr(e.right)
        elif isinstance(e, UnaryOp):
            self.visit_expr(e.operand)
        elif isinstance(e, BoolOp):
            self.visit_exprs(e.values)
        elif isinstance(e, Compare):
            self.visit_expr(e.left)
            self.visit_exprs(e.comparators)
        elif isinstance(e, IfExp):
            self.visit_expr(e.test)
            self.visit_expr(e.body)
            self.visit_expr(e.orelse)
        elif isinstance(e, Lambda):
            self.visit_arguments_defaults(e.args)
            outer = self.enter_function("<lambda>", e.args, e)
            self.visit_expr(e.body)
            self.scope = outer
        elif isinstance(e, ListExpr):
            self.visit_exprs(e.elts)
        elif isinstance(e, TupleExpr):
            self.visit_exprs(e.elts)
        elif isinstance(e, SetExpr):
            self.visit_exprs(e.elts)
        elif isinstance(e, DictExpr):
            for k in e.keys:
                if k is not None:
                    self.visit_expr(k)
            self.visit_exprs(e.values)
        elif isinstance(e, Comp):
            # the first iterable is evaluated outside; the rest inside a function
            first = e.generators[0]
            assert isinstance(first, Comprehension)
            self.visit_expr(first.iter)
            names = ["<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"]
            outer = self.scope
            s = self.new_scope(SCOPE_FUNCTION, names[e.kind], e)
            s.params.append(".0")
            s.assigned[".0"] = True
            if e.kind == COMP_GEN:
                s.is_generator = True
            self.scope = s
            for i in range(len(e.generators)):
                g = e.generators[i]
                assert isinstance(g, Comprehension)
                if i > 0:
                    self.visit_expr(g.iter)
                self.visit_target(g.target)
                self.visit_exprs(g.ifs)
            self.visit_expr(e.elt)
            if e.value is not None:
                self.visit_expr(e.value)
            self.scope = outer
        elif isinstance(e, Starred):
            self.visit_expr(e.value)
        elif isinstance(e, Yield):
            self.mark_generator(e.line)
            if e.value is not None:
                self.visit_expr(e.value)
        elif isinstance(e, YieldFrom):
            self.mark_generator(e.line)
            self.visit_expr(e.value)
        elif isinstance(e, JoinedStr):
            self.visit_exprs(e.values)
        elif isinstance(e, FormattedValue):
            self.visit_expr(e.value)
            if e.spec is not None:
                self.visit_expr(e.spec)
        elif isinstance(e, NamedExpr):
            self.visit_expr(e.value)
            # the target binds in the nearest non-comprehension scope
            s = self.scope
            while s.kind == SCOPE_FUNCTION and len(s.params) == 1 and s.params[0] == ".0" and s.parent is not None:
                s = s.parent
            assert isinstance(e.target, Name)
            s.assigned[e.target.id] = True
            if s is not self.scope:
                c = self.scope
                while c is not s:
                    if s.kind == SCOPE_FUNCTION:
                        c.nonlocals[e.target.id] = True
                    else:
                        c.globals[e.target.id] = True
                    c.assigned[e.target.id] = True
                    c = c.parent

    def mark_generator(self, line):
        if self.scope.kind != SCOPE_FUNCTION:
            raise SyntaxError_("'yield' outside function", line)
        self.scope.is_generator = True


def resolve(scope):
    """Pass 2: decide free and cell variables, top-down."""
    if scope.kind != SCOPE_MODULE:
        names = []
        for n in scope.used:
            names.append(n)
        for n in scope.assigned:
            names.append(n)
        for n in names:
            if n in scope.globals:
                continue
            if n in scope.nonlocals:
                bind_free(scope, n)
                continue
            if scope.is_local(n):
                continue
            if scope.kind == SCOPE_FUNCTION or scope.kind == SCOPE_CLASS:
                find_enclosing(scope, n)
    for child in scope.children:
        resolve(child)


def find_enclosing(scope, name):
    """If an enclosing function defines ``name``, make it a free variable of scope."""
    p = scope.parent
    while p is not None:
        if p.kind == SCOPE_FUNCTION and (p.is_local(name) or name in p.nonlocals or name in p.frees):
            bind_free(scope, name)
            return
        if p.kind == SCOPE_FUNCTION and name in p.globals:
            return
        if p.kind == SCOPE_MODULE:
            return
        p = p.parent
    return


def bind_free(scope, name):
    scope.add_free(name)
    p = scope.parent
    while p is not None:
        if p.kind == SCOPE_FUNCTION and p.is_local(name):
            p.add_cell(name)
            return
        if p.kind == SCOPE_MODULE:
            return
        p.add_free(name)
        if p.kind == SCOPE_FUNCTION and name in p.nonlocals:
            bind_free(p, name)
            return
        p = p.parent


# ---------------------------------------------------------------- code generation

FB_FOR = 0
FB_WHILE = 1
FB_TRY_EXCEPT = 2
FB_FINALLY_TRY = 3
FB_FINALLY_END = 4
FB_HANDLER = 5
FB_WITH = 6


class FBlock(object):
    def __init__(self, kind, start, end, finalbody, name):
        self.kind = kind
        self.start = start      # label: continue target for loops
        self.end = end          # label: break target for loops
        self.finalbody = finalbody
        self.name = name        # the except-as name to clear


def is_swap(st):
    """Whether an assignment is ``a, b = x, y`` (or of three): as many plain targets as
    values, none starred."""
    if len(st.targets) != 1 or not isinstance(st.value, TupleExpr):
        return False
    target = st.targets[0]
    if not (isinstance(target, TupleExpr) or isinstance(target, ListExpr)):
        return False
    values = st.value.elts
    if len(target.elts) != len(values) or len(values) < 2 or len(values) > 3:
        return False
    for e in values + target.elts:
        if isinstance(e, Starred):
            return False
    return True


class CodeGen(object):
    def __init__(self, scope, filename, firstline, source_lines):
        self.scope = scope
        self.code = PyCode(scope.name, scope.qualname, filename, firstline)
        self.code.source_lines = source_lines
        self.filename = filename
        self.source_lines = source_lines
        self.ops = []
        self.lines = []
        self.label_pos = []
        self.fixups = []        # positions in ops whose arg is a label id
        self.current_line = firstline
        self.const_map = {}
        self.name_map = {}
        self.fblocks = []
        self.varnames = []
        self.var_map = {}
        self.cell_map = {}
        if scope.kind == SCOPE_FUNCTION:
            for p in scope.params:
                self.add_var(p)
            for n in scope.assigned:
                if scope.is_local(n) and n not in scope.cells:
                    self.add_var(n)
        # cells: cellvars then freevars
        idx = 0
        for n in scope.celllist:
            self.cell_map[n] = idx
            self.code.cellvars.append(n)
            pi = -1
            for j in range(len(scope.params)):
                if scope.params[j] == n:
                    pi = j
            self.code.cell_param_index.append(pi)
            idx += 1
        for n in scope.freelist:
            self.cell_map[n] = idx
            self.code.freevars.append(n)
            idx += 1

    def add_var(self, name):
        if name not in self.var_map:
            self.var_map[name] = len(self.varnames)
            self.varnames.append(name)

    # ------------------------------------------------------------ emitting

    def emit(self, op, arg):
        if op == YIELD_VALUE or op == YIELD_FROM:
            self.code.is_generator = True
        if op == SETUP_EXCEPT or op == SETUP_WITH:
            self.code.has_blocks = True
        self.ops.append(op)
        self.ops.append(arg)
        self.lines.append(self.current_line)

    def new_label(self):
        self.label_pos.append(-1)
        return len(self.label_pos) - 1

    def mark(self, label):
        self.label_pos[label] = len(self.ops)

    def emit_jump(self, op, label):
        self.fixups.append(len(self.ops) + 1)
        self.emit(op, label)

    def add_const(self, w_value):
        self.code.consts_w.append(w_value)
        return len(self.code.consts_w) - 1

    def load_const(self, w_value):
        self.emit(LOAD_CONST, self.add_const(w_value))

    def mangle(self, name):
        """Private names: __x inside class C is _C__x."""
        cls = self.scope.class_name
        if self.scope.kind == SCOPE_CLASS:
            cls = self.scope.name
        if cls == "" or not name.startswith("__") or name.endswith("__") or "." in name:
            return name
        stripped = cls.lstrip("_")
        if stripped == "":
            return name
        return "_" + stripped + name

    def attr_index(self, name):
        return self.name_index(self.mangle(name))

    def name_index(self, name):
        i = self.name_map.get(name, -1)
        if i < 0:
            i = len(self.code.names)
            self.code.names.append(name)
            self.name_map[name] = i
        return i

    def finish(self):
        for pos in self.fixups:
            target = self.label_pos[self.ops[pos]]
            assert target >= 0
            self.ops[pos] = target
        c = self.code
        c.code = self.ops[:]        # a copy never resized: a fixed-size array to dispatch on
        c.attr_caches = [None] * (len(self.ops) // 2)
        c.global_values = [None] * (len(self.ops) // 2)
        c.global_epochs = [0] * (len(self.ops) // 2)
        c.lines = self.lines
        c.varnames = self.varnames
        return c

    # ------------------------------------------------------------ names

    def name_op(self, name):
        s = self.scope
        if s.kind == SCOPE_MODULE:
            return N_NAME
        if name in s.globals:
            if s.kind == SCOPE_CLASS:
                return N_GLOBAL
            return N_GLOBAL
        if name in self.cell_map:
            if s.kind == SCOPE_CLASS and name not in s.nonlocals:
                if name in s.assigned:
                    return N_NAME
                return N_CLASSDEREF
            return N_DEREF
        if s.kind == SCOPE_CLASS:
            return N_NAME
        if name in self.var_map:
            return N_FAST
        return N_GLOBAL

    def load_name(self, name):
        k = self.name_op(name)
        if k == N_FAST:
            self.emit(LOAD_FAST, self.var_map[name])
        elif k == N_DEREF:
            self.emit(LOAD_DEREF, self.cell_map[name])
        elif k == N_CLASSDEREF:
            self.emit(LOAD_CLASSDEREF, self.cell_map[name])
            self.emit(NOP, self.name_index(name))
        elif k == N_GLOBAL:
            self.emit(LOAD_GLOBAL, self.name_index(name))
        else:
            self.emit(LOAD_NAME, self.name_index(self.mangle(name)))

    def store_name(self, name):
        k = self.name_op(name)
        if k == N_FAST:
            self.emit(STORE_FAST, self.var_map[name])
        elif k == N_DEREF:
            self.emit(STORE_DEREF, self.cell_map[name])
        elif k == N_GLOBAL:
            self.emit(STORE_GLOBAL, self.name_index(name))
        else:
            self.emit(STORE_NAME, self.name_index(self.mangle(name)))

    def delete_name(self, name):
        k = self.name_op(name)
        if k == N_FAST:
            self.emit(DELETE_FAST, self.var_map[name])
        elif k == N_DEREF:
            self.emit(DELETE_DEREF, self.cell_map[name])
        elif k == N_GLOBAL:
            self.emit(DELETE_GLOBAL, self.name_index(name))
        else:
            self.emit(DELETE_NAME, self.name_index(name))

    # ------------------------------------------------------------ statements

    def compile_body(self, body):
        for st in body:
            self.compile_stmt(st)

    def set_line(self, line):
        self.current_line = line

    def compile_stmt(self, st):
        self.set_line(st.line)
        if isinstance(st, ExprStmt):
            self.compile_expr(st.value)
            self.emit(POP_TOP, 0)
        elif isinstance(st, Assign) and is_swap(st):
            # a, b = b, a: the values rotated on the stack, no tuple (as CPython does)
            value = st.value
            assert isinstance(value, TupleExpr)
            self.compile_exprs(value.elts)
            if len(value.elts) == 3:
                self.emit(ROT_THREE, 0)
            self.emit(ROT_TWO, 0)
            target = st.targets[0]
            assert isinstance(target, TupleExpr) or isinstance(target, ListExpr)
            for t in target.elts:
                self.compile_store(t)
        elif isinstance(st, Assign):
            self.compile_expr(st.value)
            n = len(st.targets)
            for i in range(n):
                if i < n - 1:
                    self.emit(DUP_TOP, 0)
                self.compile_store(st.targets[i])
        elif isinstance(st, AugAssign):
            self.compile_augassign(st)
        elif isinstance(st, Delete):
            for t in st.targets:
                self.compile_delete(t)
        elif isinstance(st, Pass):
            pass
        elif isinstance(st, Break):
            self.compile_break(st.line)
        elif isinstance(st, Continue):
            self.compile_continue(st.line)
        elif isinstance(st, Return):
            self.compile_return(st)
        elif isinstance(st, Raise):
            n = 0
            if st.exc is not None:
                self.compile_expr(st.exc)
                n = 1
                if st.cause is not None:
                    self.compile_expr(st.cause)
                    n = 2
            self.emit(RAISE_VARARGS, n)
        elif isinstance(st, Global) or isinstance(st, Nonlocal):
            pass
        elif isinstance(st, Assert):
            end = self.new_label()
            self.compile_expr(st.test)
            self.emit_jump(POP_JUMP_IF_TRUE, end)
            self.emit(LOAD_ASSERTION_ERROR, 0)
            if st.msg is not None:
                self.compile_expr(st.msg)
                self.emit(CALL_FUNCTION, 1)
            self.emit(RAISE_VARARGS, 1)
            self.mark(end)
        elif isinstance(st, Import):
            for i in range(len(st.names)):
                name = st.names[i]
                self.emit(IMPORT_NAME, self.name_index(name))
                if st.asnames[i] != "":
                    parts = name.split(".")
                    for j in range(1, len(parts)):
                        self.emit(LOAD_ATTR, self.name_index(parts[j]))
                    self.store_name(st.asnames[i])
                else:
                    self.store_name(name.split(".")[0])
        elif isinstance(st, ImportFrom):
            self.emit(IMPORT_NAME, self.name_index(st.module))
            if len(st.names) == 1 and st.names[0] == "*":
                self.emit(IMPORT_STAR, 0)
                return
            for i in range(len(st.names)):
                self.emit(IMPORT_FROM, self.name_index(st.names[i]))
                if st.asnames[i] != "":
                    self.store_name(st.asnames[i])
                else:
                    self.store_name(st.names[i])
            self.emit(POP_TOP, 0)
        elif isinstance(st, If):
            orelse = self.new_label()
            end = self.new_label()
            self.compile_cond_jump(st.test, False, orelse)
            self.compile_body(st.body)
            if len(st.orelse) > 0:
                self.emit_jump(JUMP, end)
            self.mark(orelse)
            self.compile_body(st.orelse)
            self.mark(end)
        elif isinstance(st, While):
            start = self.new_label()
            orelse = self.new_label()
            end = self.new_label()
            self.mark(start)
            self.compile_cond_jump(st.test, False, orelse)
            self.fblocks.append(FBlock(FB_WHILE, start, end, None, ""))
            self.compile_body(st.body)
            self.fblocks.pop()
            self.emit_jump(JUMP, start)
            self.mark(orelse)
            self.compile_body(st.orelse)
            self.mark(end)
        elif isinstance(st, For):
            start = self.new_label()
            cleanup = self.new_label()
            end = self.new_label()
            self.compile_expr(st.iter)
            self.emit(GET_ITER, 0)
            self.mark(start)
            self.set_line(st.line)
            self.emit_jump(FOR_ITER, cleanup)
            self.compile_store(st.target)
            self.fblocks.append(FBlock(FB_FOR, start, end, None, ""))
            self.compile_body(st.body)
            self.fblocks.pop()
            self.emit_jump(JUMP, start)
            self.mark(cleanup)
            self.compile_body(st.orelse)
            self.mark(end)
        elif isinstance(st, Try):
            if len(st.finalbody) > 0:
                self.compile_try_finally(st)
            else:
                self.compile_try_except(st)
        elif isinstance(st, With):
            self.compile_with(st)
        elif isinstance(st, FunctionDef):
            for d in st.decorators:
                self.compile_expr(d)
            self.compile_function(st.name, st.args, st.body, None, st, st.line)
            for d in st.decorators:
                self.emit(CALL_FUNCTION, 1)
            self.store_name(st.name)
        elif isinstance(st, ClassDef):
            self.compile_class(st)
        else:
            raise SyntaxError_("unsupported statement", st.line)

    def compile_augassign(self, st):
        op = objspace.binop_symbol_from_str(st.op)
        t = st.target
        if isinstance(t, Name):
            self.load_name(t.id)
            self.compile_expr(st.value)
            self.emit(INPLACE_OP, op)
            self.store_name(t.id)
        elif isinstance(t, Attribute):
            self.compile_expr(t.value)
            self.emit(DUP_TOP, 0)
            self.emit(LOAD_ATTR, self.attr_index(t.attr))
            self.compile_expr(st.value)
            self.emit(INPLACE_OP, op)
            self.emit(ROT_TWO, 0)
            self.emit(STORE_ATTR, self.attr_index(t.attr))
        elif isinstance(t, Subscript):
            self.compile_expr(t.value)
            self.compile_expr(t.index)
            self.emit(DUP_TOP_TWO, 0)
            self.emit(BINARY_SUBSCR, 0)
            self.compile_expr(st.value)
            self.emit(INPLACE_OP, op)
            self.emit(ROT_THREE, 0)
            self.emit(STORE_SUBSCR, 0)

    def compile_store(self, t):
        if isinstance(t, Name):
            self.store_name(t.id)
        elif isinstance(t, Attribute):
            self.compile_expr(t.value)
            self.emit(STORE_ATTR, self.attr_index(t.attr))
        elif isinstance(t, Subscript):
            self.compile_expr(t.value)
            self.compile_expr(t.index)
            self.emit(STORE_SUBSCR, 0)
        elif isinstance(t, TupleExpr):
            self.compile_unpack(t.elts, t.line)
        elif isinstance(t, ListExpr):
            self.compile_unpack(t.elts, t.line)
        elif isinstance(t, Starred):
            raise SyntaxError_("starred assignment target must be in a list or tuple", t.line)
        else:
            raise SyntaxError_("cannot assign to expression", t.line)

    def compile_unpack(self, elts, line):
        star = -1
        for i in range(len(elts)):
            if isinstance(elts[i], Starred):
                if star >= 0:
                    raise SyntaxError_("multiple starred expressions in assignment", line)
                star = i
        if star < 0:
            self.emit(UNPACK_SEQUENCE, len(elts))
        else:
            self.emit(UNPACK_EX, star | ((len(elts) - star - 1) << 8))
        for e in elts:
            if isinstance(e, Starred):
                self.compile_store(e.value)
            else:
                self.compile_store(e)

    def compile_delete(self, t):
        if isinstance(t, Name):
            self.delete_name(t.id)
        elif isinstance(t, Attribute):
            self.compile_expr(t.value)
            self.emit(DELETE_ATTR, self.attr_index(t.attr))
        elif isinstance(t, Subscript):
            self.compile_expr(t.value)
            self.compile_expr(t.index)
            self.emit(DELETE_SUBSCR, 0)
        elif isinstance(t, TupleExpr):
            for e in t.elts:
                self.compile_delete(e)
        elif isinstance(t, ListExpr):
            for e in t.elts:
                self.compile_delete(e)

    # -------- unwinding for break / continue / return

    def unwind_block(self, fb, preserve_top):
        """Emit the cleanup for leaving fblock fb early."""
        if fb.kind == FB_FOR:
            if preserve_top:
                self.emit(ROT_TWO, 0)
            self.emit(POP_TOP, 0)
        elif fb.kind == FB_WHILE:
            pass
        elif fb.kind == FB_TRY_EXCEPT:
            self.emit(POP_BLOCK, 0)
        elif fb.kind == FB_FINALLY_TRY:
            self.emit(POP_BLOCK, 0)
            finalbody = fb.finalbody
            assert finalbody is not None
            self.compile_body(finalbody)
        elif fb.kind == FB_FINALLY_END:
            if preserve_top:
                self.emit(ROT_TWO, 0)
            self.emit(POP_TOP, 0)
            self.emit(POP_EXCEPT, 0)
        elif fb.kind == FB_HANDLER:
            self.emit(POP_EXCEPT, 0)
            if fb.name != "":
                self.load_const(w_None)
                self.store_name(fb.name)
                self.delete_name(fb.name)
        elif fb.kind == FB_WITH:
            self.emit(POP_BLOCK, 0)
            if preserve_top:
                self.emit(ROT_TWO, 0)
            self.emit(WITH_EXIT, 0)

    def unwind_to_loop(self, line, what):
        """Unwind the blocks inside the innermost loop; returns that loop's block."""
        saved = list(self.fblocks)
        i = len(self.fblocks) - 1
        while i >= 0:
            fb = self.fblocks[i]
            if fb.kind == FB_FOR or fb.kind == FB_WHILE:
                return fb, saved
            # the finally body must be compiled outside its own block
            self.fblocks = saved[:i]
            self.unwind_block(fb, False)
            self.fblocks = saved
            i -= 1
        raise SyntaxError_("'%s' outside loop" % what, line)

    def compile_break(self, line):
        saved = list(self.fblocks)
        i = len(self.fblocks) - 1
        while i >= 0:
            fb = self.fblocks[i]
            self.fblocks = saved[:i]
            if fb.kind == FB_FOR or fb.kind == FB_WHILE:
                self.unwind_block(fb, False)
                self.fblocks = saved
                self.emit_jump(JUMP, fb.end)
                return
            self.unwind_block(fb, False)
            self.fblocks = saved
            i -= 1
        raise SyntaxError_("'break' outside loop", line)

    def compile_continue(self, line):
        saved = list(self.fblocks)
        i = len(self.fblocks) - 1
        while i >= 0:
            fb = self.fblocks[i]
            if fb.kind == FB_FOR or fb.kind == FB_WHILE:
                self.emit_jump(JUMP, fb.start)
                return
            self.fblocks = saved[:i]
            self.unwind_block(fb, False)
            self.fblocks = saved
            i -= 1
        raise SyntaxError_("'continue' not properly in loop", line)

    def compile_return(self, st):
        if st.value is not None:
            self.compile_expr(st.value)
        else:
            self.load_const(w_None)
        saved = list(self.fblocks)
        i = len(self.fblocks) - 1
        while i >= 0:
            fb = self.fblocks[i]
            self.fblocks = saved[:i]
            self.unwind_block(fb, True)
            self.fblocks = saved
            i -= 1
        self.set_line(st.line)
        self.emit(RETURN_VALUE, 0)

    # -------- try / with

    def compile_try_except(self, st):
        handler = self.new_label()
        orelse = self.new_label()
        end = self.new_label()
        self.emit_jump(SETUP_EXCEPT, handler)
        self.fblocks.append(FBlock(FB_TRY_EXCEPT, -1, -1, None, ""))
        self.compile_body(st.body)
        self.fblocks.pop()
        self.emit(POP_BLOCK, 0)
        self.emit_jump(JUMP, orelse)
        self.mark(handler)
        # the exception is on the stack (and is the current exception)
        for h in st.handlers:
            assert isinstance(h, ExceptHandler)
            self.set_line(h.line)
            next_handler = self.new_label()
            if h.type is not None:
                self.emit(DUP_TOP, 0)
                self.compile_expr(h.type)
                self.emit_jump(JUMP_IF_NOT_EXC_MATCH, next_handler)
            if h.name != "":
                self.store_name(h.name)
            else:
                self.emit(POP_TOP, 0)
            self.fblocks.append(FBlock(FB_HANDLER, -1, -1, None, h.name))
            if h.name != "":
                # clear the name even when the handler raises
                cleanup = self.new_label()
                self.emit_jump(SETUP_EXCEPT, cleanup)
                self.fblocks.append(FBlock(FB_TRY_EXCEPT, -1, -1, None, ""))
                self.compile_body(h.body)
                self.fblocks.pop()
                self.emit(POP_BLOCK, 0)
                self.fblocks.pop()
                self.emit(POP_EXCEPT, 0)
                self.load_const(w_None)
                self.store_name(h.name)
                self.delete_name(h.name)
                self.emit_jump(JUMP, end)
                self.mark(cleanup)
                self.load_const(w_None)
                self.store_name(h.name)
                self.delete_name(h.name)
                self.emit(RERAISE, 0)
            else:
                self.compile_body(h.body)
                self.fblocks.pop()
                self.emit(POP_EXCEPT, 0)
                self.emit_jump(JUMP, end)
            self.mark(next_handler)
        self.emit(RERAISE, 0)
        self.mark(orelse)
        self.compile_body(st.orelse)
        self.mark(end)

    def compile_try_finally(self, st):
        handler = self.new_label()
        end = self.new_label()
        self.emit_jump(SETUP_EXCEPT, handler)
        self.fblocks.append(FBlock(FB_FINALLY_TRY, -1, -1, st.finalbody, ""))
        if len(st.handlers) > 0:
            self.compile_try_except(st)
        else:
            self.compile_body(st.body)
        self.fblocks.pop()
        self.emit(POP_BLOCK, 0)
        self.compile_body(st.finalbody)
        self.emit_jump(JUMP, end)
        self.mark(handler)
        self.fblocks.append(FBlock(FB_FINALLY_END, -1, -1, None, ""))
        self.compile_body(st.finalbody)
        self.fblocks.pop()
        self.emit(RERAISE, 0)
        self.mark(end)

    def compile_with(self, st):
        handler = self.new_label()
        end = self.new_label()
        self.compile_expr(st.context)
        self.emit_jump(SETUP_WITH, handler)
        if st.var is not None:
            self.compile_store(st.var)
        else:
            self.emit(POP_TOP, 0)
        self.fblocks.append(FBlock(FB_WITH, -1, -1, None, ""))
        self.compile_body(st.body)
        self.fblocks.pop()
        self.emit(POP_BLOCK, 0)
        self.emit(WITH_EXIT, 0)
        self.emit_jump(JUMP, end)
        self.mark(handler)
        self.emit_jump(WITH_EXCEPT, end)
        self.emit(RERAISE, 0)
        self.mark(end)

    # -------- functions and classes

    def compile_function(self, name, args, body, expr_body, node, line):
        """Emit MAKE_FUNCTION for a def or lambda (its code compiled now)."""
        scope = node.scope
        assert scope is not None
        flags = 0
        if len(args.defaults) > 0:
            for d in args.defaults:
                self.compile_expr(d)
            self.emit(BUILD_TUPLE, len(args.defaults))
            flags |= MF_DEFAULTS
        nkw = 0
        for i in range(len(args.kwonly)):
            d = args.kw_defaults[i]
            if d is not None:
                self.load_const(W_StrObject(args.kwonly[i]))
                self.compile_expr(d)
                nkw += 1
        if nkw > 0:
            self.emit(BUILD_MAP, nkw)
            flags |= MF_KWDEFAULTS
        gen = CodeGen(scope, self.filename, line, self.source_lines)
        code = gen.code
        code.argcount = len(args.args)
        code.posonlycount = args.posonly
        code.kwonlycount = len(args.kwonly)
        code.has_varargs = args.vararg != ""
        code.has_kwargs = args.kwarg != ""
        if expr_body is not None:
            gen.set_line(line)
            gen.compile_expr(expr_body)
            gen.emit(RETURN_VALUE, 0)
        else:
            gen.compile_body(body)
            gen.load_const(w_None)
            gen.emit(RETURN_VALUE, 0)
        gen.finish()
        if not code.has_varargs and not code.has_kwargs and code.kwonlycount == 0 and \
                len(code.cellvars) == 0 and not code.is_generator:
            code.simple_args = code.argcount
        # a docstring
        if expr_body is None and len(body) > 0:
            first = body[0]
            if isinstance(first, ExprStmt) and isinstance(first.value, Const):
                v = first.value
                assert isinstance(v, Const)
                if v.kind == CONST_STR:
                    code.w_doc = W_StrObject(v.s)
        self.emit_closure(scope)
        if len(scope.freelist) > 0:
            flags |= MF_CLOSURE
        self.load_const(W_CodeConst(code))
        self.emit(MAKE_FUNCTION, flags)

    def emit_closure(self, scope):
        if len(scope.freelist) == 0:
            return
        for n in scope.freelist:
            idx = self.cell_map.get(n, -1)
            if idx < 0:
                raise SyntaxError_("internal error: free variable '%s' has no cell" % n, self.current_line)
            self.emit(LOAD_CLOSURE, idx)
        self.emit(BUILD_TUPLE, len(scope.freelist))

    def compile_class(self, st):
        for d in st.decorators:
            self.compile_expr(d)
        scope = st.scope
        assert scope is not None
        gen = CodeGen(scope, self.filename, st.line, self.source_lines)
        code = gen.code
        code.is_class_body = True
        code.uses_locals_dict = True
        gen.set_line(st.line)
        # __module__ and __qualname__
        gen.load_const(W_StrObject(scope.qualname))
        gen.emit(STORE_NAME, gen.name_index("__qualname__"))
        if len(st.body) > 0:
            first = st.body[0]
            if isinstance(first, ExprStmt) and isinstance(first.value, Const):
                v = first.value
                assert isinstance(v, Const)
                if v.kind == CONST_STR:
                    gen.load_const(W_StrObject(v.s))
                    gen.emit(STORE_NAME, gen.name_index("__doc__"))
        gen.compile_body(st.body)
        gen.load_const(w_None)
        gen.emit(RETURN_VALUE, 0)
        gen.finish()
        flags = 0
        self.emit_closure(scope)
        if len(scope.freelist) > 0:
            flags |= MF_CLOSURE
        self.load_const(W_CodeConst(code))
        self.emit(MAKE_FUNCTION, flags)
        self.load_const(W_StrObject(st.name))
        for b in st.bases:
            self.compile_expr(b)
        self.set_line(st.line)
        self.emit(BUILD_CLASS, len(st.bases))
        for d in st.decorators:
            self.emit(CALL_FUNCTION, 1)
        self.store_name(st.name)

    # ------------------------------------------------------------ expressions

    def compile_exprs(self, es):
        for e in es:
            self.compile_expr(e)

    def compile_cond_jump(self, e, jump_if, label):
        """Evaluate e and jump to label if its truth is jump_if."""
        if isinstance(e, UnaryOp) and e.op == "not":
            self.compile_cond_jump(e.operand, not jump_if, label)
            return
        if isinstance(e, BoolOp):
            if e.is_and != jump_if:
                # and, jump if false / or, jump if true: any operand decides
                for v in e.values:
                    self.compile_cond_jump(v, jump_if, label)
                return
            skip = self.new_label()
            n = len(e.values)
            for i in range(n - 1):
                self.compile_cond_jump(e.values[i], not jump_if, skip)
            self.compile_cond_jump(e.values[n - 1], jump_if, label)
            self.mark(skip)
            return
        self.compile_expr(e)
        if jump_if:
            self.emit_jump(POP_JUMP_IF_TRUE, label)
        else:
            self.emit_jump(POP_JUMP_IF_FALSE, label)

    def compile_expr(self, e):
        line = e.line
        if line > 0:
            self.set_line(line)
        if isinstance(e, Const):
            self.compile_const(e)
        elif isinstance(e, Name):
            if e.id == "__debug__":
                self.load_const(w_True)
                return
            self.load_name(e.id)
        elif isinstance(e, Attribute):
            self.compile_expr(e.value)
            self.set_line(e.line)
            self.emit(LOAD_ATTR, self.attr_index(e.attr))
        elif isinstance(e, Subscript):
            self.compile_expr(e.value)
            self.compile_expr(e.index)
            self.set_line(e.line)
            self.emit(BINARY_SUBSCR, 0)
        elif isinstance(e, Slice):
            if e.lower is None:
                self.load_const(w_None)
            else:
                self.compile_expr(e.lower)
            if e.upper is None:
                self.load_const(w_None)
            else:
                self.compile_expr(e.upper)
            if e.step is None:
                self.emit(BUILD_SLICE, 2)
            else:
                self.compile_expr(e.step)
                self.emit(BUILD_SLICE, 3)
        elif isinstance(e, Call):
            self.compile_call(e)
        elif isinstance(e, BinOp):
            self.compile_expr(e.left)
            self.compile_expr(e.right)
            self.set_line(e.line)
            self.emit(BINARY_OP, objspace.binop_symbol_from_str(e.op))
        elif isinstance(e, UnaryOp):
            self.compile_expr(e.operand)
            self.set_line(e.line)
            if e.op == "-":
                self.emit(UNARY_OP, objspace.UNARY_NEG)
            elif e.op == "+":
                self.emit(UNARY_OP, objspace.UNARY_POS)
            elif e.op == "~":
                self.emit(UNARY_OP, objspace.UNARY_INVERT)
            else:
                self.emit(UNARY_OP, objspace.UNARY_NOT)
        elif isinstance(e, BoolOp):
            end = self.new_label()
            n = len(e.values)
            for i in range(n):
                self.compile_expr(e.values[i])
                if i < n - 1:
                    if e.is_and:
                        self.emit_jump(JUMP_IF_FALSE_OR_POP, end)
                    else:
                        self.emit_jump(JUMP_IF_TRUE_OR_POP, end)
            self.mark(end)
        elif isinstance(e, Compare):
            self.compile_compare(e)
        elif isinstance(e, IfExp):
            orelse = self.new_label()
            end = self.new_label()
            self.compile_cond_jump(e.test, False, orelse)
            self.compile_expr(e.body)
            self.emit_jump(JUMP, end)
            self.mark(orelse)
            self.compile_expr(e.orelse)
            self.mark(end)
        elif isinstance(e, Lambda):
            self.compile_function("<lambda>", e.args, [], e.body, e, e.line)
        elif isinstance(e, ListExpr):
            self.compile_sequence(e.elts, BUILD_LIST)
        elif isinstance(e, TupleExpr):
            self.compile_sequence(e.elts, BUILD_TUPLE)
        elif isinstance(e, SetExpr):
            self.compile_sequence(e.elts, BUILD_SET)
        elif isinstance(e, DictExpr):
            self.compile_dict(e)
        elif isinstance(e, Comp):
            self.compile_comprehension(e)
        elif isinstance(e, Starred):
            raise SyntaxError_("can't use starred expression here", e.line)
        elif isinstance(e, Yield):
            if e.value is None:
                self.load_const(w_None)
            else:
                self.compile_expr(e.value)
            self.emit(YIELD_VALUE, 0)
        elif isinstance(e, YieldFrom):
            self.compile_expr(e.value)
            self.emit(GET_YIELD_FROM_ITER, 0)
            self.load_const(w_None)
            self.emit(YIELD_FROM, 0)
        elif isinstance(e, JoinedStr):
            for v in e.values:
                if isinstance(v, Const):
                    self.compile_const(v)
                else:
                    self.compile_expr(v)
            if len(e.values) != 1 or not isinstance(e.values[0], Const):
                self.emit(BUILD_STRING, len(e.values))
        elif isinstance(e, FormattedValue):
            self.compile_expr(e.value)
            flags = e.conversion
            if e.spec is not None:
                self.compile_expr(e.spec)
                flags |= 0x100
            self.emit(FORMAT_VALUE, flags)
        elif isinstance(e, NamedExpr):
            self.compile_expr(e.value)
            self.emit(DUP_TOP, 0)
            self.compile_store(e.target)
        else:
            raise SyntaxError_("unsupported expression", e.line)

    def compile_const(self, e):
        k = e.kind
        if k == CONST_INT:
            self.load_const(parse_int_literal(e.s))
        elif k == CONST_FLOAT:
            self.load_const(W_FloatObject(parse_float_literal(e.s)))
        elif k == CONST_STR:
            self.load_const(W_StrObject(e.s))
        elif k == CONST_BYTES:
            self.load_const(W_BytesObject(e.s))
        elif k == CONST_NONE:
            self.load_const(w_None)
        elif k == CONST_TRUE:
            self.load_const(w_True)
        elif k == CONST_FALSE:
            self.load_const(w_False)
        else:
            self.load_const(w_Ellipsis)

    def compile_compare(self, e):
        n = len(e.ops)
        self.compile_expr(e.left)
        if n == 1:
            self.compile_expr(e.comparators[0])
            self.set_line(e.line)
            self.emit(COMPARE_OP, cmp_code(e.ops[0]))
            return
        cleanup = self.new_label()
        end = self.new_label()
        for i in range(n):
            self.compile_expr(e.comparators[i])
            if i < n - 1:
                self.emit(DUP_TOP, 0)
                self.emit(ROT_THREE, 0)
                self.emit(COMPARE_OP, cmp_code(e.ops[i]))
                self.emit_jump(JUMP_IF_FALSE_OR_POP, cleanup)
            else:
                self.emit(COMPARE_OP, cmp_code(e.ops[i]))
        self.emit_jump(JUMP, end)
        self.mark(cleanup)
        self.emit(ROT_TWO, 0)
        self.emit(POP_TOP, 0)
        self.mark(end)

    def has_starred(self, elts):
        for x in elts:
            if isinstance(x, Starred):
                return True
        return False

    def compile_sequence(self, elts, build_op):
        if not self.has_starred(elts):
            self.compile_exprs(elts)
            self.emit(build_op, len(elts))
            return
        # build a list piece by piece, then convert
        if build_op == BUILD_SET:
            self.emit(BUILD_SET, 0)
        else:
            self.emit(BUILD_LIST, 0)
        for x in elts:
            if isinstance(x, Starred):
                self.compile_expr(x.value)
                if build_op == BUILD_SET:
                    self.emit(SET_UPDATE, 1)
                else:
                    self.emit(LIST_EXTEND, 1)
            else:
                self.compile_expr(x)
                if build_op == BUILD_SET:
                    self.emit(SET_ADD, 1)
                else:
                    self.emit(LIST_APPEND, 1)
        if build_op == BUILD_TUPLE:
            self.emit(LIST_TO_TUPLE, 0)

    def compile_dict(self, e):
        n = 0
        built = False
        for i in range(len(e.keys)):
            k = e.keys[i]
            if k is None:
                if not built:
                    self.emit(BUILD_MAP, n)
                    built = True
                elif n > 0:
                    pass
                self.compile_expr(e.values[i])
                self.emit(DICT_UPDATE, 1)
                n = 0
            else:
                if built:
                    self.compile_expr(k)
                    self.compile_expr(e.values[i])
                    self.emit(MAP_ADD, 1)
                else:
                    self.compile_expr(k)
                    self.compile_expr(e.values[i])
                    n += 1
        if not built:
            self.emit(BUILD_MAP, n)

    def compile_call(self, e):
        # method calls: obj.name(args) without keywords or stars
        func = e.func
        simple = not self.has_starred(e.args) and len(e.kwnames) == 0
        if simple and isinstance(func, Attribute):
            self.compile_expr(func.value)
            self.set_line(func.line)
            self.emit(LOAD_METHOD, self.attr_index(func.attr))
            self.compile_exprs(e.args)
            self.set_line(e.line)
            self.emit(CALL_METHOD, len(e.args))
            return
        self.compile_expr(func)
        has_dstar = False
        for k in e.kwnames:
            if k == "":
                has_dstar = True
        if not self.has_starred(e.args) and not has_dstar:
            self.compile_exprs(e.args)
            if len(e.kwnames) == 0:
                self.set_line(e.line)
                self.emit(CALL_FUNCTION, len(e.args))
                return
            self.compile_exprs(e.kwvalues)
            names_w = []
            for k in e.kwnames:
                names_w.append(W_StrObject(k))
            self.load_const(W_TupleObject(names_w))
            self.set_line(e.line)
            self.emit(CALL_FUNCTION_KW, len(e.args) + len(e.kwnames))
            return
        # general case: a tuple of positional arguments and a dict of keywords
        self.compile_sequence(e.args, BUILD_TUPLE)
        flags = 0
        if len(e.kwnames) > 0:
            flags = 1
            self.emit(BUILD_MAP, 0)
            for i in range(len(e.kwnames)):
                if e.kwnames[i] == "":
                    self.compile_expr(e.kwvalues[i])
                    self.emit(DICT_MERGE, 1)
                else:
                    self.load_const(W_StrObject(e.kwnames[i]))
                    self.compile_expr(e.kwvalues[i])
                    self.emit(MAP_ADD, 1)
        self.set_line(e.line)
        self.emit(CALL_FUNCTION_EX, flags)

    def compile_comprehension(self, e):
        scope = e.scope
        assert scope is not None
        gen = CodeGen(scope, self.filename, e.line, self.source_lines)
        code = gen.code
        code.argcount = 1
        gen.set_line(e.line)
        if e.kind == COMP_LIST:
            gen.emit(BUILD_LIST, 0)
        elif e.kind == COMP_SET:
            gen.emit(BUILD_SET, 0)
        elif e.kind == COMP_DICT:
            gen.emit(BUILD_MAP, 0)
        gen.compile_comp_generator(e, 0, 0)
        if e.kind == COMP_GEN:
            gen.load_const(w_None)
        gen.emit(RETURN_VALUE, 0)
        gen.finish()
        flags = 0
        self.emit_closure(scope)
        if len(scope.freelist) > 0:
            flags |= MF_CLOSURE
        self.load_const(W_CodeConst(code))
        self.emit(MAKE_FUNCTION, flags)
        first = e.generators[0]
        assert isinstance(first, Comprehension)
        self.compile_expr(first.iter)
        self.emit(GET_ITER, 0)
        self.emit(CALL_FUNCTION, 1)

    def compile_comp_generator(self, e, index, depth):
        g = e.generators[index]
        assert isinstance(g, Comprehension)
        start = self.new_label()
        end = self.new_label()
        if index == 0:
            self.emit(LOAD_FAST, 0)
        else:
            self.compile_expr(g.iter)
            self.emit(GET_ITER, 0)
        self.mark(start)
        self.emit_jump(FOR_ITER, end)
        self.compile_store(g.target)
        for cond in g.ifs:
            self.compile_cond_jump(cond, False, start)
        if index + 1 < len(e.generators):
            self.compile_comp_generator(e, index + 1, depth + 1)
        else:
            d = depth + 1
            if e.kind == COMP_LIST:
                self.compile_expr(e.elt)
                self.emit(LIST_APPEND, d + 1)
            elif e.kind == COMP_SET:
                self.compile_expr(e.elt)
                self.emit(SET_ADD, d + 1)
            elif e.kind == COMP_DICT:
                self.compile_expr(e.elt)
                v = e.value
                assert v is not None
                self.compile_expr(v)
                self.emit(MAP_ADD, d + 1)
            else:
                self.compile_expr(e.elt)
                self.emit(YIELD_VALUE, 0)
                self.emit(POP_TOP, 0)
        self.emit_jump(JUMP, start)
        self.mark(end)


class W_CodeConst(objspace.W_Root):
    """A code object as a constant of its enclosing code (MAKE_FUNCTION's operand)."""

    def __init__(self, code):
        self.code = code


def cmp_code(op):
    if op == "<":
        return objspace.CMP_LT
    if op == "<=":
        return objspace.CMP_LE
    if op == "==":
        return objspace.CMP_EQ
    if op == "!=":
        return objspace.CMP_NE
    if op == ">":
        return objspace.CMP_GT
    if op == ">=":
        return objspace.CMP_GE
    if op == "in":
        return objspace.CMP_IN
    if op == "not in":
        return objspace.CMP_NOT_IN
    if op == "is":
        return objspace.CMP_IS
    return objspace.CMP_IS_NOT


def compile_module(tree, filename, source):
    """Compile a parsed module (a list of statements) to a PyCode."""
    holder = ModuleNode()
    builder = ScopeBuilder()
    scope = builder.visit_module(tree, holder)
    resolve(scope)
    lines = source.split("\n")
    gen = CodeGen(scope, filename, 1, lines)
    gen.code.uses_locals_dict = True
    gen.compile_body(tree)
    gen.load_const(w_None)
    gen.emit(RETURN_VALUE, 0)
    return gen.finish()


class ModuleNode(Node):
    def __init__(self):
        self.line = 1
