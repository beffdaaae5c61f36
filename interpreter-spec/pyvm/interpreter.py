"""The eval loop: frames, functions, generators, classes and modules.

Every Python call makes a Frame and runs ``Frame.run`` on the RPython stack (as PyPy
does), so generators are simply frames that stop at YIELD_VALUE and are resumed later.
Exceptions are RPython exceptions (OperationError) caught around the dispatch loop: the
frame adds a traceback entry, then pops its block stack to the innermost handler, or
lets the exception go on to its caller.
"""

from rpython.rlib.jit import JitDriver
from rpython.rlib.rstackovf import StackOverflow
from rpython.rlib.rfile import read_file

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
from objspace import (Args, CMP_GE, CMP_IN, CMP_IS, CMP_IS_NOT, LAYOUT_BUILTIN,
    LAYOUT_EXCEPTION, LAYOUT_OBJECT, OP_MOD, OP_TRUEDIV, OperationError, TracebackEntry,
    W_BoolObject, W_BuiltinFunction, W_CellObject, W_ClassMethod, W_DictObject,
    W_FloatObject, W_Function, W_GeneratorBase, W_Instance, W_IntObject, W_ListObject, W_Method,
    W_Module, W_Property, W_SetObject, W_SliceObject, W_StaticMethod, W_StrObject,
    W_TracebackObject, W_TupleObject, W_TypeObject, arith_fast_op, binary_op, bind,
    call_function, cmp_floats, cmp_ints, compare, compute_mro, contains_w, delattr_w, delitem_w,
    exception_matches, formatting, getattr_cached, getattr_w, getitem_w, globals_epoch,
    inplace_op, is_true, isinstance_w, iter_w, list_from_iterable, lookup_attr, new_exception,
    new_exception_args, newbool, next_w, oerr, oerr_noargs, repr_w, setattr_cached, setattr_w,
    setitem_w, stop_iteration_value, str_of, str_w, type_name, unary_op, w_AssertionError,
    w_AttributeError, w_BaseException, w_False, w_GeneratorExit, w_ImportError,
    w_IndentationError, w_ModuleNotFoundError, w_NameError, w_None, w_NotImplementedError,
    w_RecursionError, w_RuntimeError, w_StopIteration, w_SyntaxError, w_True, w_TypeError,
    w_UnboundLocalError, w_ValueError, w_bytes_type, w_dict_type, w_float_type,
    w_frozenset_type, w_int_type, w_list_type, w_object_type, w_set_type, w_str_type,
    w_tuple_type)
import objspace
import formatting
import strformat
from compiler import W_CodeConst, compile_module
from pyparser import parse
from tokenizer import SyntaxError_

RECURSION_LIMIT = 1000


def get_location(pc, pycode):
    return "%s:%d" % (pycode.name, pc)


jitdriver = JitDriver(greens=['pc', 'pycode'], reds=['frame'],
                      get_printable_location=get_location)


class ExecutionContext(object):
    """Interpreter-wide state: the current frame, recursion depth, loaded modules."""

    def __init__(self):
        self.topframe = None
        self.depth = 0
        self.modules = {}
        self.main_dir = "."
        self.frame_counter = 0
        self.builtins = {}
        self.recursion_limit = RECURSION_LIMIT
        self.w_sys_modules = W_DictObject()     # sys.modules
        self.sources = {}       # filename -> source lines, for tracebacks


ec = ExecutionContext()


class Block(object):
    def __init__(self, handler, level, exc_level):
        self.handler = handler
        self.level = level
        self.exc_level = exc_level


class PyFunction(W_Function):
    def __init__(self, code, w_globals, defaults_w, kwdefaults, closure):
        W_Function.__init__(self, code.name, code.qualname)
        self.code = code
        self.w_globals = w_globals
        self.defaults_w = defaults_w
        self.kwdefaults = kwdefaults
        self.closure = closure
        if code.w_doc is not None:
            self.w_doc = code.w_doc

    def call(self, args):
        code = self.code
        frame = Frame(code, self.w_globals, None, self)
        self.bind_args(frame, args)
        if code.is_generator:
            return W_Generator(frame, self.name, self.qualname)
        return frame.run_call()

    def bind_args(self, frame, args):
        code = self.code
        locals_w = frame.locals_w
        argcount = code.argcount
        args_w = args.args_w
        n = len(args_w)
        nparams = argcount + code.kwonlycount
        if n <= argcount:
            for i in range(n):
                locals_w[i] = args_w[i]
        else:
            for i in range(argcount):
                locals_w[i] = args_w[i]
            if not code.has_varargs:
                raise self.too_many_positional(n, args)
        if code.has_varargs:
            if n > argcount:
                locals_w[nparams] = W_TupleObject(args_w[argcount:])
            else:
                locals_w[nparams] = W_TupleObject([])
        w_kwargs = None
        if code.has_kwargs:
            w_kwargs = W_DictObject()
            idx = nparams
            if code.has_varargs:
                idx += 1
            locals_w[idx] = w_kwargs
        if args.kwnames is not None:
            kwnames = args.kwnames
            for j in range(len(kwnames)):
                name = kwnames[j]
                found = -1
                for i in range(code.posonlycount, nparams):
                    if code.varnames[i] == name:
                        found = i
                        break
                if found < 0 and w_kwargs is None:
                    bad = []
                    for i in range(code.posonlycount):
                        for k in kwnames:
                            if code.varnames[i] == k:
                                bad.append(k)
                    if len(bad) > 0:
                        raise oerr(w_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'" % (self.qualname, ", ".join(bad)))
                if found >= 0:
                    if locals_w[found] is not None:
                        raise oerr(w_TypeError, "%s() got multiple values for argument '%s'" % (self.qualname, name))
                    locals_w[found] = args.kwvalues[j]
                elif w_kwargs is not None:
                    w_kwargs.setitem(W_StrObject(name), args.kwvalues[j])
                else:
                    raise oerr(w_TypeError, "%s() got an unexpected keyword argument '%s'" % (self.qualname, name))
        if n < argcount or code.kwonlycount > 0 or args.kwnames is not None:
            ndefaults = len(self.defaults_w)
            missing = []
            for i in range(argcount):
                if locals_w[i] is None:
                    d = i - (argcount - ndefaults)
                    if d >= 0:
                        locals_w[i] = self.defaults_w[d]
                    else:
                        missing.append(code.varnames[i])
            if len(missing) > 0:
                raise self.report_missing(missing, "positional")
            for i in range(argcount, nparams):
                if locals_w[i] is None:
                    w_d = None
                    if self.kwdefaults is not None:
                        w_d = self.kwdefaults.get(code.varnames[i], None)
                    if w_d is not None:
                        locals_w[i] = w_d
                    else:
                        missing.append(code.varnames[i])
            if len(missing) > 0:
                raise self.report_missing(missing, "keyword-only")
        # cells for parameters captured by inner functions
        for i in range(len(code.cellvars)):
            pi = code.cell_param_index[i]
            if pi >= 0:
                frame.cells[i].w_value = locals_w[pi]
                locals_w[pi] = None

    def too_many_positional(self, n, args):
        code = self.code
        argcount = code.argcount
        ndefaults = len(self.defaults_w)
        if ndefaults > 0:
            takes = "from %d to %d positional arguments" % (argcount - ndefaults, argcount)
        elif argcount == 1:
            takes = "1 positional argument"
        else:
            takes = "%d positional arguments" % argcount
        was = "were"
        if n == 1:
            was = "was"
        return oerr(w_TypeError, "%s() takes %s but %d %s given" % (self.qualname, takes, n, was))

    def report_missing(self, missing, kind):
        names = []
        for m in missing:
            names.append("'" + m + "'")
        if len(names) == 1:
            text = names[0]
        elif len(names) == 2:
            text = names[0] + " and " + names[1]
        else:
            text = ", ".join(names[:len(names) - 1]) + ", and " + names[len(names) - 1]
        plural = "argument"
        if len(names) > 1:
            plural = "arguments"
        return oerr(w_TypeError, "%s() missing %d required %s %s: %s" % (self.qualname, len(names), kind, plural, text))


# A prebuilt instance: the annotator then knows the class (and its ``call``) from the
# start, before the eval loop's MAKE_FUNCTION makes the first one (see the README).
_prebuilt_function = PyFunction(PyCode("<none>", "<none>", "<none>", 0), {}, [], None, None)


class W_Generator(W_GeneratorBase):
    def __init__(self, frame, name, qualname):
        self.frame = frame
        self.name = name
        self.qualname = qualname
        self.running = False
        self.started = False
        self.finished = False
        self.w_return = w_None

    def resume(self, w_sent, w_exc):
        """Run until the next yield (returns the value; self.finished stays False) or the
        end (self.finished, self.w_return).  Raises what the frame raises."""
        if self.finished:
            if w_exc is not None:
                raise OperationError(w_exc)
            return None
        if self.running:
            raise oerr(w_ValueError, "generator already executing")
        frame = self.frame
        if not self.started:
            if w_sent is not w_None and w_exc is None:
                raise oerr(w_TypeError, "can't send non-None value to a just-started generator")
            self.started = True
        else:
            if w_exc is None:
                frame.push(w_sent)
        self.running = True
        try:
            w_res = frame.run_generator(w_exc)
        except OperationError as e:
            self.running = False
            self.finished = True
            if isinstance_w(e.w_value, w_StopIteration):
                w_new = new_exception(w_RuntimeError, "generator raised StopIteration")
                assert isinstance(w_new, W_Instance)
                w_new.w_cause = e.w_value
                w_new.w_context = e.w_value
                raise OperationError(w_new)
            raise
        self.running = False
        if frame.yielded:
            return w_res
        self.finished = True
        self.w_return = w_res
        return None

    def next_or_none(self):
        return self.resume(w_None, None)

    def send_or_stop(self, w_sent, w_exc):
        """send(); raises StopIteration(value) at the end."""
        w_res = self.resume(w_sent, w_exc)
        if w_res is None:
            w_v = self.w_return
            self.w_return = w_None
            if w_v is w_None:
                raise oerr_noargs(w_StopIteration)
            raise OperationError(new_exception_args(w_StopIteration, [w_v]))
        return w_res

    def close(self):
        if self.finished or not self.started:
            self.finished = True
            return
        try:
            w_res = self.resume(w_None, new_exception_args(w_GeneratorExit, []))
        except OperationError as e:
            if isinstance_w(e.w_value, w_GeneratorExit) or isinstance_w(e.w_value, w_StopIteration):
                return
            raise
        if w_res is not None:
            raise oerr(w_RuntimeError, "generator ignored GeneratorExit")


_prebuilt_generator = W_Generator(None, "<none>", "<none>")


NO_CELLS = [None] * 0
NO_BLOCKS = [Block(0, 0, 0) for i in range(0)]
NO_EXCEPTIONS = [w_None for i in range(0)]


class Frame(object):
    def __init__(self, code, w_globals, w_locals, w_func):
        self.code = code
        self.w_globals = w_globals
        self.w_locals = w_locals            # a dict for module and class bodies
        self.w_func = w_func
        self.locals_w = [None] * len(code.varnames)
        ncells = len(code.cellvars) + len(code.freevars)
        if ncells == 0:
            self.cells = NO_CELLS
        else:
            self.cells = [None] * ncells
        for i in range(len(code.cellvars)):
            self.cells[i] = W_CellObject(None)
        if w_func is not None and len(code.freevars) > 0:
            closure = w_func.closure
            for i in range(len(code.freevars)):
                self.cells[len(code.cellvars) + i] = closure[i]
        # the value stack: a fixed array and a stack pointer (growing a resizable list
        # on every push and shrinking it on every pop reallocates)
        self.stack = [None] * 8
        self.sp = 0
        if code.has_blocks:
            self.blocks = []
            self.exc_stack = []
        else:
            # never appended to: only SETUP_EXCEPT/SETUP_WITH push blocks
            self.blocks = NO_BLOCKS
            self.exc_stack = NO_EXCEPTIONS
        self.pc = 0
        self.yielded = False
        self.back = None
        ec.frame_counter += 1
        self.id = ec.frame_counter

    # The asserts tell the annotator that stack indexes are not negative: indexing needs no
    # negative-index path then.
    def push(self, w_value):
        sp = self.sp
        assert sp >= 0
        if sp >= len(self.stack):
            self.grow_stack()
        self.stack[sp] = w_value
        self.sp = sp + 1

    def call_simple(self, w_func, w_self, nargs):
        """Call a function whose parameters are exactly nargs positional ones, after w_self
        if it is not None (no defaults needed, no cells, no generator): no Args, no
        argument list."""
        frame = Frame(w_func.code, w_func.w_globals, None, w_func)
        start = self.sp - nargs
        assert start >= 1
        first = 0
        if w_self is not None:
            frame.locals_w[0] = w_self
            first = 1
        for i in range(nargs):
            w_arg = self.stack[start + i]
            assert w_arg is not None
            frame.locals_w[first + i] = w_arg
        self.drop_to(start - 1)
        return frame.run_call()

    def grow_stack(self):
        old = self.stack
        new = [None] * (2 * len(old))
        for i in range(len(old)):
            new[i] = old[i]
        self.stack = new

    def pop(self):
        sp = self.sp - 1
        assert sp >= 0
        w_value = self.stack[sp]
        self.stack[sp] = None
        self.sp = sp
        return w_value

    def top(self):
        sp = self.sp - 1
        assert sp >= 0
        w_value = self.stack[sp]
        assert w_value is not None
        return w_value

    def peek(self, n):
        i = self.sp - 1 - n
        assert i >= 0
        w_value = self.stack[i]
        assert w_value is not None
        return w_value

    def popn(self, n):
        if n == 0:
            return []
        start = self.sp - n
        assert start >= 0
        items = []
        for i in range(start, self.sp):
            w_value = self.stack[i]
            assert w_value is not None
            items.append(w_value)
            self.stack[i] = None
        self.sp = start
        return items

    def drop_to(self, level):
        while self.sp > level:
            sp = self.sp - 1
            assert sp >= 0
            self.sp = sp
            self.stack[sp] = None

    def run_call(self):
        if ec.depth >= ec.recursion_limit:
            raise oerr(w_RecursionError, "maximum recursion depth exceeded")
        ec.depth += 1
        self.back = ec.topframe
        ec.topframe = self
        try:
            return self.run(None)
        finally:
            ec.topframe = self.back
            ec.depth -= 1

    def run_generator(self, w_exc):
        if ec.depth >= ec.recursion_limit:
            raise oerr(w_RecursionError, "maximum recursion depth exceeded")
        ec.depth += 1
        self.back = ec.topframe
        ec.topframe = self
        try:
            return self.run(w_exc)
        finally:
            ec.topframe = self.back
            ec.depth -= 1

    def run(self, w_inject):
        self.yielded = False
        while True:
            try:
                if w_inject is not None:
                    w_exc = w_inject
                    w_inject = None
                    raise OperationError(w_exc)
                return self.dispatch()
            except OperationError as e:
                self.handle_error(e)
            except StackOverflow:
                self.handle_error(oerr(w_RecursionError, "maximum recursion depth exceeded"))

    def handle_error(self, e):
        w_exc = e.w_value
        assert isinstance(w_exc, W_Instance)
        pc = self.pc - 2
        if pc < 0:
            pc = 0
        tb = w_exc.traceback
        if tb is None or tb.frame_id != self.id:
            w_exc.traceback = TracebackEntry(self.code.filename, self.code.line_at(pc), self.code.name, tb)
            w_exc.traceback.frame_id = self.id
        if w_exc.w_context is None and len(self.exc_stack) > 0:
            w_ctx = self.exc_stack[len(self.exc_stack) - 1]
            if w_ctx is not w_exc:
                w_exc.w_context = w_ctx
        if len(self.blocks) == 0:
            raise e
        b = self.blocks.pop()
        self.drop_to(b.level)
        del self.exc_stack[b.exc_level:]
        self.push(w_exc)
        self.exc_stack.append(w_exc)
        self.pc = b.handler

    def lookup_global(self, name):
        w_v = self.w_globals.get(name, None)
        if w_v is not None:
            return w_v
        w_v = ec.builtins.get(name, None)
        if w_v is not None:
            return w_v
        raise oerr(w_NameError, "name '%s' is not defined" % name)

    def dispatch(self):
        code = self.code
        co = code.code
        consts_w = code.consts_w
        names = code.names
        while True:
            pc = self.pc
            jitdriver.jit_merge_point(pc=pc, pycode=code, frame=self)
            op = co[pc]
            arg = co[pc + 1]
            self.pc = pc + 2
            if op == LOAD_FAST:
                w_v = self.locals_w[arg]
                if w_v is None:
                    raise self.unbound_local(arg)
                self.push(w_v)
            elif op == LOAD_CONST:
                self.push(consts_w[arg])
            elif op == STORE_FAST:
                self.locals_w[arg] = self.pop()
            elif op == POP_TOP:
                self.pop()
            elif op == BINARY_OP or op == INPLACE_OP:
                w_b = self.pop()
                w_a = self.pop()
                w_res = None
                if arg <= OP_TRUEDIV:
                    w_res = arith_fast_op(w_a, w_b, arg)
                if w_res is None:
                    if op == INPLACE_OP:
                        w_res = inplace_mod(w_a, w_b) if arg == OP_MOD else inplace_op(w_a, w_b, arg)
                    else:
                        w_res = binary_mod(w_a, w_b) if arg == OP_MOD else binary_op(w_a, w_b, arg)
                self.push(w_res)
            elif op == COMPARE_OP:
                w_b = self.pop()
                w_a = self.pop()
                flag = -1       # the comparison of two ints or two floats, inline: 1 or 0
                if arg <= CMP_GE:
                    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
                        flag = int(cmp_ints(w_a.intval, w_b.intval, arg))
                    elif isinstance(w_a, W_FloatObject) and isinstance(w_b, W_FloatObject):
                        flag = int(cmp_floats(w_a.floatval, w_b.floatval, arg))
                if flag < 0:
                    self.push(compare_op(w_a, w_b, arg))
                elif co[pc + 2] == POP_JUMP_IF_FALSE:
                    # the jump that follows, without making the bool and testing it
                    if flag == 1:
                        self.pc = pc + 4
                    else:
                        target = co[pc + 3]
                        self.pc = target
                        if target < pc:
                            jitdriver.can_enter_jit(pc=target, pycode=code, frame=self)
                else:
                    self.push(newbool(flag == 1))
            elif op == POP_JUMP_IF_FALSE:
                w_v = self.pop()
                if w_v is w_False or not (w_v is w_True or is_true(w_v)):
                    self.pc = arg
                    if arg < pc:
                        jitdriver.can_enter_jit(pc=arg, pycode=code, frame=self)
            elif op == POP_JUMP_IF_TRUE:
                w_v = self.pop()
                if w_v is w_True or (w_v is not w_False and is_true(w_v)):
                    self.pc = arg
                    if arg < pc:
                        jitdriver.can_enter_jit(pc=arg, pycode=code, frame=self)
            elif op == JUMP:
                self.pc = arg
                if arg < pc:
                    jitdriver.can_enter_jit(pc=arg, pycode=code, frame=self)
            elif op == LOAD_GLOBAL:
                # what the instruction found last, while no module namespace changed (a
                # code object always runs with the globals of the module that made it)
                slot = pc >> 1
                w_v = code.global_values[slot]
                if w_v is None or code.global_epochs[slot] != globals_epoch.value:
                    w_v = self.lookup_global(names[arg])
                    code.global_values[slot] = w_v
                    code.global_epochs[slot] = globals_epoch.value
                self.push(w_v)
            elif op == LOAD_ATTR or op == LOAD_METHOD:
                w_obj = self.pop()
                self.push(getattr_cached(code.attr_caches, pc >> 1, w_obj, names[arg]))
            elif op == CALL_METHOD or op == CALL_FUNCTION:
                w_func = self.peek(arg)
                if isinstance(w_func, PyFunction) and w_func.code.simple_args == arg:
                    # positional arguments straight from the stack into the new frame
                    self.push(self.call_simple(w_func, None, arg))
                elif isinstance(w_func, W_Method) and isinstance(w_func.w_func, PyFunction) and \
                        w_func.w_func.code.simple_args == arg + 1:
                    w_function = w_func.w_func
                    assert isinstance(w_function, PyFunction)
                    self.push(self.call_simple(w_function, w_func.w_self, arg))
                else:
                    args_w = self.popn(arg)
                    w_func = self.pop()
                    self.push(w_func.call(Args(args_w, None, None)))
            elif op == FOR_ITER:
                w_it = self.top()
                w_next = next_w(w_it)
                if w_next is None:
                    self.pop()
                    self.pc = arg
                else:
                    self.push(w_next)
            elif op == BINARY_SUBSCR:
                w_index = self.pop()
                w_obj = self.pop()
                w_res = None
                if isinstance(w_obj, W_ListObject) and isinstance(w_index, W_IntObject):
                    items = w_obj.items
                    i = w_index.intval
                    if 0 <= i < len(items):
                        w_res = items[i]
                if w_res is None:
                    w_res = getitem_w(w_obj, w_index)
                self.push(w_res)
            elif op == RETURN_VALUE:
                return self.pop()
            else:
                w_res = self.dispatch_mid(op, arg, pc)
                if w_res is not None:
                    return w_res

    def dispatch_mid(self, op, arg, pc):
        """The opcodes of middling frequency (kept out of ``dispatch`` so that the hot loop
        stays small enough for the .NET JIT to optimise).  Returns a value to leave the
        frame with, or None."""
        code = self.code
        names = code.names
        if op == STORE_SUBSCR:
            w_index = self.pop()
            w_obj = self.pop()
            w_value = self.pop()
            stored = False
            if isinstance(w_obj, W_ListObject) and isinstance(w_index, W_IntObject):
                items = w_obj.items
                i = w_index.intval
                if 0 <= i < len(items):
                    items[i] = w_value
                    stored = True
            if not stored:
                setitem_w(w_obj, w_index, w_value)
        elif op == STORE_ATTR:
            w_obj = self.pop()
            w_value = self.pop()
            setattr_cached(code.attr_caches, pc >> 1, w_obj, names[arg], w_value)
        elif op == LOAD_DEREF:
            cell = self.cells[arg]
            assert cell is not None
            if cell.w_value is None:
                raise self.unbound_cell(arg)
            self.push(cell.w_value)
        elif op == STORE_DEREF:
            cell = self.cells[arg]
            assert cell is not None
            cell.w_value = self.pop()
        elif op == LOAD_NAME:
            self.push(self.load_name(names[arg]))
        elif op == STORE_NAME:
            w_locals = self.w_locals
            if w_locals is None:
                self.w_globals[names[arg]] = self.pop()
                globals_epoch.bump()
            else:
                w_locals[names[arg]] = self.pop()
        elif op == GET_ITER:
            self.push(iter_w(self.pop()))
        elif op == UNARY_OP:
            self.push(unary_op(self.pop(), arg))
        elif op == DUP_TOP:
            self.push(self.top())
        elif op == DUP_TOP_TWO:
            w_a = self.peek(1)
            w_b = self.peek(0)
            self.push(w_a)
            self.push(w_b)
        elif op == ROT_TWO:
            w_a = self.pop()
            w_b = self.pop()
            self.push(w_a)
            self.push(w_b)
        elif op == ROT_THREE:
            w_a = self.pop()
            w_b = self.pop()
            w_c = self.pop()
            self.push(w_a)
            self.push(w_c)
            self.push(w_b)
        elif op == JUMP_IF_FALSE_OR_POP:
            if not is_true(self.top()):
                self.pc = arg
            else:
                self.pop()
        elif op == JUMP_IF_TRUE_OR_POP:
            if is_true(self.top()):
                self.pc = arg
            else:
                self.pop()
        elif op == BUILD_TUPLE:
            self.push(W_TupleObject(self.popn(arg)))
        elif op == BUILD_LIST:
            self.push(W_ListObject(self.popn(arg)))
        elif op == LIST_APPEND:
            w_v = self.pop()
            w_list = self.peek(arg - 1)
            assert isinstance(w_list, W_ListObject)
            w_list.items.append(w_v)
        elif op == CALL_FUNCTION_KW:
            w_names = self.pop()
            assert isinstance(w_names, W_TupleObject)
            nkw = len(w_names.items)
            kwvalues = self.popn(nkw)
            args_w = self.popn(arg - nkw)
            w_func = self.pop()
            kwnames = []
            for w_n in w_names.items:
                kwnames.append(str_w(w_n))
            self.push(w_func.call(Args(args_w, kwnames, kwvalues)))
        elif op == CALL_FUNCTION_EX:
            w_kw = None
            if arg & 1:
                w_kw = self.pop()
            w_args = self.pop()
            w_func = self.pop()
            self.push(call_ex(w_func, w_args, w_kw))
        else:
            return self.dispatch_rare(op, arg, pc)
        return None

    def unbound_local(self, idx):
        return oerr(w_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value" % self.code.varnames[idx])

    def unbound_cell(self, idx):
        code = self.code
        if idx < len(code.cellvars):
            return oerr(w_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value" % code.cellvars[idx])
        return oerr(w_NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope" % code.freevars[idx - len(code.cellvars)])

    def load_name(self, name):
        w_locals = self.w_locals
        if w_locals is not None:
            w_v = w_locals.get(name, None)
            if w_v is not None:
                return w_v
        return self.lookup_global(name)

    def dispatch_rare(self, op, arg, pc):
        """The less frequent opcodes.  Returns a value to leave the frame with (YIELD),
        None to go on."""
        code = self.code
        names = code.names
        if op == NOP:
            pass
        elif op == DELETE_FAST:
            if self.locals_w[arg] is None:
                raise self.unbound_local(arg)
            self.locals_w[arg] = None
        elif op == DELETE_DEREF:
            cell = self.cells[arg]
            assert cell is not None
            if cell.w_value is None:
                raise self.unbound_cell(arg)
            cell.w_value = None
        elif op == LOAD_CLOSURE:
            cell = self.cells[arg]
            assert cell is not None
            self.push(cell)
        elif op == LOAD_CLASSDEREF:
            name = names[code.code[self.pc + 1]]
            self.pc += 2
            w_locals = self.w_locals
            w_v = None
            if w_locals is not None:
                w_v = w_locals.get(name, None)
            if w_v is None:
                cell = self.cells[arg]
                assert cell is not None
                if cell.w_value is None:
                    raise self.unbound_cell(arg)
                w_v = cell.w_value
            self.push(w_v)
        elif op == STORE_GLOBAL:
            self.w_globals[names[arg]] = self.pop()
            globals_epoch.bump()
        elif op == DELETE_GLOBAL:
            name = names[arg]
            if name not in self.w_globals:
                raise oerr(w_NameError, "name '%s' is not defined" % name)
            del self.w_globals[name]
            globals_epoch.bump()
        elif op == DELETE_NAME:
            name = names[arg]
            w_locals = self.w_locals
            if w_locals is None:
                w_locals = self.w_globals
            if name not in w_locals:
                raise oerr(w_NameError, "name '%s' is not defined" % name)
            del w_locals[name]
            globals_epoch.bump()
        elif op == DELETE_ATTR:
            delattr_w(self.pop(), names[arg])
        elif op == DELETE_SUBSCR:
            w_index = self.pop()
            w_obj = self.pop()
            delitem_w(w_obj, w_index)
        elif op == BUILD_SLICE:
            w_step = w_None
            if arg == 3:
                w_step = self.pop()
            w_stop = self.pop()
            w_start = self.pop()
            self.push(W_SliceObject(w_start, w_stop, w_step))
        elif op == BUILD_SET:
            items = self.popn(arg)
            w_set = W_SetObject(False)
            for w_x in items:
                w_set.add(w_x)
            self.push(w_set)
        elif op == BUILD_MAP:
            items = self.popn(2 * arg)
            w_d = W_DictObject()
            for i in range(arg):
                w_d.setitem(items[2 * i], items[2 * i + 1])
            self.push(w_d)
        elif op == SET_ADD:
            w_v = self.pop()
            w_set = self.peek(arg - 1)
            assert isinstance(w_set, W_SetObject)
            w_set.add(w_v)
        elif op == MAP_ADD:
            w_v = self.pop()
            w_k = self.pop()
            w_d = self.peek(arg - 1)
            assert isinstance(w_d, W_DictObject)
            w_d.setitem(w_k, w_v)
        elif op == LIST_EXTEND:
            w_v = self.pop()
            w_list = self.peek(arg - 1)
            assert isinstance(w_list, W_ListObject)
            w_list.items.extend(list_from_iterable(w_v))
        elif op == SET_UPDATE:
            w_v = self.pop()
            w_set = self.peek(arg - 1)
            assert isinstance(w_set, W_SetObject)
            for w_x in list_from_iterable(w_v):
                w_set.add(w_x)
        elif op == DICT_UPDATE or op == DICT_MERGE:
            w_v = self.pop()
            w_d = self.peek(arg - 1)
            assert isinstance(w_d, W_DictObject)
            fname = "function"
            if op == DICT_MERGE:
                w_f = self.peek(arg + 1)
                if isinstance(w_f, W_Function):
                    fname = "__main__." + w_f.qualname
                elif isinstance(w_f, W_BuiltinFunction):
                    fname = w_f.name
            dict_update_from(w_d, w_v, op == DICT_MERGE, fname)
        elif op == LIST_TO_TUPLE:
            w_list = self.pop()
            assert isinstance(w_list, W_ListObject)
            self.push(W_TupleObject(w_list.items))
        elif op == UNPACK_SEQUENCE:
            w_seq = self.pop()
            items = unpack_iterable(w_seq, arg)
            i = len(items) - 1
            while i >= 0:
                self.push(items[i])
                i -= 1
        elif op == UNPACK_EX:
            before = arg & 0xff
            after = arg >> 8
            w_seq = self.pop()
            try:
                items = list_from_iterable(w_seq)
            except OperationError as e:
                if isinstance_w(e.w_value, w_TypeError) and not isinstance(w_seq, W_Instance):
                    raise oerr(w_TypeError, "cannot unpack non-iterable %s object" % type_name(w_seq))
                raise
            if len(items) < before + after:
                raise oerr(w_ValueError, "not enough values to unpack (expected at least %d, got %d)" % (before + after, len(items)))
            result = []
            for i in range(before):
                result.append(items[i])
            mid_end = len(items) - after
            assert mid_end >= before
            result.append(W_ListObject(items[before:mid_end]))
            for i in range(mid_end, len(items)):
                result.append(items[i])
            i = len(result) - 1
            while i >= 0:
                self.push(result[i])
                i -= 1
        elif op == MAKE_FUNCTION:
            w_code = self.pop()
            assert isinstance(w_code, W_CodeConst)
            closure = None
            if arg & MF_CLOSURE:
                w_cl = self.pop()
                assert isinstance(w_cl, W_TupleObject)
                closure = []
                for w_c in w_cl.items:
                    assert isinstance(w_c, W_CellObject)
                    closure.append(w_c)
            kwdefaults = None
            if arg & MF_KWDEFAULTS:
                w_kd = self.pop()
                assert isinstance(w_kd, W_DictObject)
                kwdefaults = {}
                for w_k in w_kd.table.keys():
                    w_v = w_kd.getitem(w_k)
                    assert w_v is not None
                    kwdefaults[str_w(w_k)] = w_v
            defaults_w = []
            if arg & MF_DEFAULTS:
                w_defs = self.pop()
                assert isinstance(w_defs, W_TupleObject)
                defaults_w = w_defs.items
            self.push(PyFunction(w_code.code, self.w_globals, defaults_w, kwdefaults, closure))
        elif op == YIELD_VALUE:
            self.yielded = True
            return self.pop()
        elif op == GET_YIELD_FROM_ITER:
            w_it = self.pop()
            if not isinstance(w_it, W_Generator):
                w_it = iter_w(w_it)
            self.push(w_it)
        elif op == YIELD_FROM:
            w_sent = self.pop()
            w_it = self.top()
            if isinstance(w_it, W_Generator):
                w_res = w_it.resume(w_sent, None)
                if w_res is None:
                    self.pop()
                    self.push(w_it.w_return)
                    return None
            else:
                if w_sent is not w_None:
                    w_send = lookup_attr(w_it, "send")
                    if w_send is None:
                        raise oerr(w_AttributeError, "'%s' object has no attribute 'send'" % type_name(w_it))
                    try:
                        w_res = call_function(w_send, [w_sent])
                    except OperationError as e:
                        if isinstance_w(e.w_value, w_StopIteration):
                            self.pop()
                            self.push(stop_iteration_value(e.w_value))
                            return None
                        raise
                else:
                    w_res = next_w(w_it)
                    if w_res is None:
                        self.pop()
                        self.push(w_None)
                        return None
            # suspend, and come back to this instruction with the sent value
            self.pc = pc
            self.yielded = True
            return w_res
        elif op == SETUP_EXCEPT:
            self.blocks.append(Block(arg, self.sp, len(self.exc_stack)))
        elif op == POP_BLOCK:
            self.blocks.pop()
        elif op == POP_EXCEPT:
            self.exc_stack.pop()
        elif op == RERAISE:
            w_exc = self.pop()
            raise OperationError(w_exc)
        elif op == RAISE_VARARGS:
            raise self.do_raise(arg)
        elif op == JUMP_IF_NOT_EXC_MATCH:
            w_type = self.pop()
            w_exc = self.pop()
            if not exception_matches(w_exc, w_type):
                self.pc = arg
        elif op == SETUP_WITH:
            w_ctx = self.pop()
            w_type = w_ctx.getclass()
            w_enter = w_type.lookup("__enter__")
            w_exit = w_type.lookup("__exit__")
            if w_enter is None or w_exit is None:
                if w_enter is None:
                    raise oerr(w_TypeError, "'%s' object does not support the context manager protocol" % w_type.name)
                raise oerr(w_TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)" % w_type.name)
            w_bound_exit = bind(w_exit, w_ctx, w_type)
            w_res = call_function(bind(w_enter, w_ctx, w_type), [])
            self.push(w_bound_exit)
            self.blocks.append(Block(arg, self.sp, len(self.exc_stack)))
            self.push(w_res)
        elif op == WITH_EXIT:
            w_exit = self.pop()
            call_function(w_exit, [w_None, w_None, w_None])
        elif op == WITH_EXCEPT:
            w_exc = self.pop()
            w_exit = self.pop()
            assert isinstance(w_exc, W_Instance)
            w_tb = w_None
            if w_exc.traceback is not None:
                w_tb = W_TracebackObject(w_exc.traceback)
            w_res = call_function(w_exit, [w_exc.getclass(), w_exc, w_tb])
            if is_true(w_res):
                self.exc_stack.pop()
                self.pc = arg
            else:
                self.push(w_exc)
        elif op == BUILD_CLASS:
            bases_w = self.popn(arg)
            w_name = self.pop()
            w_body = self.pop()
            assert isinstance(w_body, PyFunction)
            self.push(build_class(w_body, str_w(w_name), bases_w, self.w_globals))
        elif op == FORMAT_VALUE:
            w_spec = None
            if arg & 0x100:
                w_spec = self.pop()
            w_v = self.pop()
            conv = arg & 0xff
            if conv == ord('r'):
                w_v = W_StrObject(repr_w(w_v))
            elif conv == ord('s'):
                w_v = W_StrObject(str_of(w_v))
            elif conv == ord('a'):
                w_v = W_StrObject(strformat.ascii_of(repr_w(w_v)))
            spec = ""
            if w_spec is not None:
                spec = str_w(w_spec)
            self.push(W_StrObject(strformat.format_w(w_v, spec)))
        elif op == BUILD_STRING:
            items = self.popn(arg)
            parts = []
            for w_x in items:
                parts.append(str_w(w_x))
            self.push(W_StrObject("".join(parts)))
        elif op == IMPORT_NAME:
            self.push(import_module(names[arg]))
        elif op == IMPORT_FROM:
            w_mod = self.top()
            name = names[arg]
            w_v = lookup_attr(w_mod, name)
            if w_v is None:
                mname = "?"
                if isinstance(w_mod, W_Module):
                    mname = w_mod.name
                w_err = new_exception(w_ImportError, "cannot import name '%s' from '%s'" % (name, mname))
                assert isinstance(w_err, W_Instance)
                w_err.setdictvalue("name", W_StrObject(mname))
                raise OperationError(w_err)
            self.push(w_v)
        elif op == IMPORT_STAR:
            w_mod = self.pop()
            assert isinstance(w_mod, W_Module)
            w_locals = self.w_locals
            if w_locals is None:
                w_locals = self.w_globals
            for k, w_v in w_mod.dict_w.items():
                if not k.startswith("_"):
                    w_locals[k] = w_v
            globals_epoch.bump()
        elif op == LOAD_ASSERTION_ERROR:
            self.push(w_AssertionError)
        else:
            raise oerr(w_SystemError_placeholder(), "unknown opcode %d" % op)
        return None

    def do_raise(self, arg):
        if arg == 0:
            if len(self.exc_stack) == 0:
                # maybe an enclosing frame is handling one
                f = self.back
                while f is not None:
                    if len(f.exc_stack) > 0:
                        return OperationError(f.exc_stack[len(f.exc_stack) - 1])
                    f = f.back
                return oerr(w_RuntimeError, "No active exception to reraise")
            return OperationError(self.exc_stack[len(self.exc_stack) - 1])
        w_cause = None
        if arg == 2:
            w_cause = self.pop()
        w_exc = make_exception(self.pop())
        if arg == 2:
            assert isinstance(w_exc, W_Instance)
            if w_cause is w_None:
                w_exc.w_cause = None
            else:
                if not (isinstance(w_cause, W_TypeObject) and w_cause.issubtype(w_BaseException)) and not (isinstance(w_cause, W_Instance) and w_cause.w_type.issubtype(w_BaseException)):
                    return oerr(w_TypeError, "exception causes must derive from BaseException")
                w_c = make_exception(w_cause)
                w_exc.w_cause = w_c
            w_exc.suppress_context = True
        return OperationError(w_exc)


def w_SystemError_placeholder():
    return w_RuntimeError


def make_exception(w_value):
    """The exception instance that ``raise w_value`` raises."""
    if isinstance(w_value, W_TypeObject):
        if not w_value.issubtype(w_BaseException):
            raise oerr(w_TypeError, "exceptions must derive from BaseException")
        w_exc = w_value.call(Args([], None, None))
        if not isinstance(w_exc, W_Instance) or not w_exc.getclass().issubtype(w_BaseException):
            raise oerr(w_TypeError, "calling %s should have returned an instance of BaseException, not %s" % (w_value.name, type_name(w_exc)))
        return w_exc
    if isinstance(w_value, W_Instance) and w_value.w_type.issubtype(w_BaseException):
        return w_value
    raise oerr(w_TypeError, "exceptions must derive from BaseException")


def binary_mod(w_a, w_b):
    """a % b: str and bytes formatting, or arithmetic."""
    if isinstance(w_a, W_StrObject) and (not isinstance(w_b, W_Instance) or w_b.getclass().lookup("__rmod__") is None):
        return W_StrObject(strformat.percent_format(w_a.value, w_b))
    a = objspace.bytes_like(w_a)
    if a is not None:
        return objspace.new_bytes_like(w_a, strformat.percent_format(a, bytes_args_as_str(w_b)))
    return binary_op(w_a, w_b, OP_MOD)


def inplace_mod(w_a, w_b):
    if isinstance(w_a, W_StrObject) and not isinstance(w_b, W_Instance):
        return W_StrObject(strformat.percent_format(w_a.value, w_b))
    return inplace_op(w_a, w_b, OP_MOD)


def bytes_args_as_str(w_b):
    """The right operand of bytes % ...: its bytes items as strs (for %s and %b)."""
    b = objspace.bytes_like(w_b)
    if b is not None:
        return W_StrObject(b)
    if isinstance(w_b, W_TupleObject):
        items = []
        for w_x in w_b.items:
            x = objspace.bytes_like(w_x)
            if x is not None:
                items.append(W_StrObject(x))
            else:
                items.append(w_x)
        return W_TupleObject(items)
    return w_b


def compare_op(w_a, w_b, op):
    if op <= CMP_GE:
        return compare(w_a, w_b, op)
    if op == CMP_IS:
        return newbool(is_same(w_a, w_b))
    if op == CMP_IS_NOT:
        return newbool(not is_same(w_a, w_b))
    if op == CMP_IN:
        return newbool(contains_w(w_b, w_a))
    return newbool(not contains_w(w_b, w_a))


def is_same(w_a, w_b):
    if w_a is w_b:
        return True
    # small ints and interned strings behave as the same object in CPython
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject) and not isinstance(w_a, W_BoolObject) and not isinstance(w_b, W_BoolObject):
        return w_a.intval == w_b.intval and -5 <= w_a.intval <= 256
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        return w_a.value == w_b.value and len(w_a.value) <= 1
    if isinstance(w_a, W_TupleObject) and isinstance(w_b, W_TupleObject):
        return len(w_a.items) == 0 and len(w_b.items) == 0
    return False


def unpack_iterable(w_seq, n):
    if isinstance(w_seq, W_TupleObject):
        items = w_seq.items
    elif isinstance(w_seq, W_ListObject):
        items = w_seq.items
    else:
        items = []
        try:
            w_it = iter_w(w_seq)
        except OperationError as e:
            if isinstance_w(e.w_value, w_TypeError) and not isinstance(w_seq, W_Instance):
                raise oerr(w_TypeError, "cannot unpack non-iterable %s object" % type_name(w_seq))
            raise
        while True:
            w_x = next_w(w_it)
            if w_x is None:
                break
            items.append(w_x)
            if len(items) > n:
                raise oerr(w_ValueError, "too many values to unpack (expected %d)" % n)
    if len(items) != n:
        if len(items) > n:
            raise oerr(w_ValueError, "too many values to unpack (expected %d)" % n)
        raise oerr(w_ValueError, "not enough values to unpack (expected %d, got %d)" % (n, len(items)))
    return items


def dict_update_from(w_d, w_v, check_dup, func_name="function"):
    if isinstance(w_v, W_DictObject):
        t = w_v.table
        for i in range(len(t.keys_w)):
            w_k = t.keys_w[i]
            if w_k is not None:
                w_val = t.values_w[i]
                assert w_val is not None
                if check_dup and w_d.table.contains(w_k):
                    raise oerr(w_TypeError, "%s() got multiple values for keyword argument '%s'" % (func_name, str_of(w_k)))
                w_d.setitem(w_k, w_val)
        return
    w_keys = lookup_attr(w_v, "keys")
    if w_keys is None:
        raise oerr(w_TypeError, "'%s' object is not a mapping" % type_name(w_v))
    for w_k in list_from_iterable(call_function(w_keys, [])):
        w_d.setitem(w_k, getitem_w(w_v, w_k))


def call_ex(w_func, w_args, w_kw):
    args_w = list_from_iterable(w_args)
    kwnames = None
    kwvalues = None
    if w_kw is not None:
        assert isinstance(w_kw, W_DictObject)
        kwnames = []
        kwvalues = []
        for w_k in w_kw.table.keys():
            if not isinstance(w_k, W_StrObject):
                raise oerr(w_TypeError, "keywords must be strings")
            kwnames.append(w_k.value)
            w_val = w_kw.getitem(w_k)
            assert w_val is not None
            kwvalues.append(w_val)
    return w_func.call(Args(args_w, kwnames, kwvalues))


SUBCLASSABLE = [w_list_type, w_dict_type, w_set_type, w_int_type, w_float_type, w_str_type,
                w_tuple_type, w_frozenset_type, w_bytes_type]


def is_subclassable(w_b):
    for w_t in SUBCLASSABLE:
        if w_t is w_b:
            return True
    return False


def build_class(w_body, name, bases_w, w_globals):
    for w_b in bases_w:
        if not isinstance(w_b, W_TypeObject):
            raise oerr(w_TypeError, "bases must be types")
    namespace = {}
    frame = Frame(w_body.code, w_globals, namespace, w_body)
    frame.run_call()
    if len(bases_w) == 0:
        bases_w = [w_object_type]
    layout = LAYOUT_OBJECT
    w_builtin_base = None
    for w_b in bases_w:
        assert isinstance(w_b, W_TypeObject)
        if w_b.layout == LAYOUT_EXCEPTION:
            layout = LAYOUT_EXCEPTION
        elif w_b.layout == LAYOUT_BUILTIN:
            if not is_subclassable(w_b):
                raise oerr(w_NotImplementedError, "subclassing the builtin type '%s' is not supported" % w_b.name)
            w_builtin_base = w_b
        elif w_b.w_builtin_base is not None:
            w_builtin_base = w_b.w_builtin_base
    w_type = W_TypeObject(name, bases_w, layout)
    w_type.w_builtin_base = w_builtin_base
    w_type.is_builtin = False
    w_mod = w_globals.get("__name__", None)
    if w_mod is not None and isinstance(w_mod, W_StrObject):
        w_type.module = w_mod.value
    else:
        w_type.module = "__main__"
    w_qual = namespace.get("__qualname__", None)
    if w_qual is not None and isinstance(w_qual, W_StrObject):
        w_type.qualname = w_qual.value
        del namespace["__qualname__"]
    if "__eq__" in namespace and "__hash__" not in namespace:
        namespace["__hash__"] = w_None
    w_type.dict_w = namespace
    w_type.mro_w = compute_mro(w_type)
    if w_type.lookup("__getattr__") is not None:
        w_type.has_getattr = True
    for w_v in namespace.values():
        if isinstance(w_v, W_Function):
            if w_v.w_class is None:
                w_v.w_class = w_type
        elif isinstance(w_v, W_ClassMethod) or isinstance(w_v, W_StaticMethod):
            if isinstance(w_v, W_ClassMethod):
                w_f = w_v.w_func
            else:
                assert isinstance(w_v, W_StaticMethod)
                w_f = w_v.w_func
            if isinstance(w_f, W_Function) and w_f.w_class is None:
                w_f.w_class = w_type
        elif isinstance(w_v, W_Property):
            for w_f in [w_v.w_fget, w_v.w_fset, w_v.w_fdel]:
                if isinstance(w_f, W_Function) and w_f.w_class is None:
                    w_f.w_class = w_type
    if "__slots__" in namespace:
        raise oerr(w_NotImplementedError, "__slots__ is not supported")
    # __init_subclass__ of a user base
    for i in range(1, len(w_type.mro_w)):
        w_t = w_type.mro_w[i]
        assert isinstance(w_t, W_TypeObject)
        w_isc = w_t.dict_w.get("__init_subclass__", None)
        if w_isc is not None:
            if isinstance(w_isc, W_ClassMethod):
                call_function(w_isc.w_func, [w_type])
            else:
                call_function(w_isc, [w_type])
            break
    # __set_name__
    for k, w_v in namespace.items():
        if isinstance(w_v, W_Instance):
            w_sn = w_v.w_type.lookup("__set_name__")
            if w_sn is not None:
                call_function(w_sn, [w_v, w_type, W_StrObject(k)])
    return w_type


# ---------------------------------------------------------------- modules

BUILTIN_MODULES = {}


def import_module(name):
    w_mod = ec.modules.get(name, None)
    if w_mod is not None:
        return w_mod
    w_mod = BUILTIN_MODULES.get(name, None)
    if w_mod is not None:
        ec.w_sys_modules.setitem(W_StrObject(name), w_mod)
        return w_mod
    if "." in name:
        raise oerr(w_ModuleNotFoundError, "No module named '%s'" % name)
    path = name + ".py"
    if ec.main_dir != ".":
        path = ec.main_dir + "/" + path
    try:
        source = read_file(path)
    except OSError:
        w_err = new_exception(w_ModuleNotFoundError, "No module named '%s'" % name)
        assert isinstance(w_err, W_Instance)
        w_err.setdictvalue("name", W_StrObject(name))
        raise OperationError(w_err)
    w_globals = {}
    w_globals["__name__"] = W_StrObject(name)
    w_globals["__file__"] = W_StrObject(path)
    w_mod = W_Module(name, w_globals)
    ec.modules[name] = w_mod
    ec.w_sys_modules.setitem(W_StrObject(name), w_mod)
    try:
        run_source(source, path, w_globals)
    except OperationError:
        del ec.modules[name]
        raise
    return w_mod


def compile_source(source, filename):
    ec.sources[filename] = source.split("\n")
    try:
        tree = parse(source)
        c = compile_module(tree, filename, source)
        return c
    except SyntaxError_ as e:
        if e.indentation:
            w_exc = new_exception(w_IndentationError, e.msg)
        else:
            w_exc = new_exception(w_SyntaxError, e.msg)
        assert isinstance(w_exc, W_Instance)
        w_exc.setdictvalue("msg", W_StrObject(e.msg))
        w_exc.setdictvalue("lineno", W_IntObject(e.line))
        w_exc.setdictvalue("filename", W_StrObject(filename))
        raise OperationError(w_exc)
    except StackOverflow:
        raise oerr(w_RecursionError, "maximum recursion depth exceeded during compilation")


def run_source(source, filename, w_globals):
    code = compile_source(source, filename)
    frame = Frame(code, w_globals, None, None)
    return frame.run_call()
