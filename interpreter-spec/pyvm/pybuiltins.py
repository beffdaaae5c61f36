"""The builtins: functions (print, len, range, sorted ...), the methods of the builtin
types (str, list, dict ...) and the modules sys, math and time.

Every builtin is an RPython function ``f(args)`` taking an Args; ``builtin(name)``
registers it in the builtins namespace, ``method(w_type, name)`` in a type's dict.
"""

import math
import time
import os

from rpython.rlib.rfile import write_stdout, write_stderr, read_stdin_line, read_file
from rpython.rlib.rarithmetic import ovfcheck

from objspace import (ALL_EXCEPTION_TYPES, Args, BigInt, CMP_EQ, CMP_GT, CMP_LT,
    LAYOUT_BUILTIN, LAYOUT_EXCEPTION, OP_ADD, OP_FLOORDIV, OP_MOD, OP_MUL, OP_POW,
    OperationError, UNARY_NEG, W_BoolObject, W_BuiltinFunction, W_BytesObject, W_ClassMethod,
    W_DictObject, W_DictView, W_FloatObject, W_Function, W_Instance, W_IntObject, W_Iterator,
    W_ListIter, W_ListObject, W_LongObject, W_Method, W_Module, W_Property,
    W_Root, W_SetObject, W_SliceObject, W_StaticMethod, W_StrObject, W_Super, W_TupleObject,
    W_TypeObject, bigint, bigint_w, binary_op, call_function, call_special, compare,
    delattr_w, eq_w, exception_repr, exception_str, fake_address, float_arg_w, float_w,
    formatting, getattr_w, getitem_w, hash_w, identity_hash, int_pos, int_w, is_int,
    is_number, is_true, isinstance_w, iter_w, len_w, list_from_iterable, lookup_attr,
    make_builtin_type, new_exception_args, newbool, newlong, next_w, oerr, oerr_noargs,
    ovfcheck, qualified_name, raise_attribute_error, repr_w, setattr_w, str_of, str_w,
    type_name, unary_op, w_AttributeError, w_BaseException, w_EOFError, w_Ellipsis, w_False,
    w_FileNotFoundError, w_LookupError, w_None, w_NotImplemented, w_NotImplementedError,
    w_OSError, w_OverflowError, w_RuntimeError, w_StopIteration, w_SystemExit, w_True,
    w_TypeError, w_UnicodeDecodeError, w_UnicodeEncodeError, w_ValueError,
    w_ZeroDivisionError, w_bool_type, w_bytes_type, w_classmethod_type, w_dict_type,
    w_file_type, w_float_type, w_frozenset_type, w_int_type, w_list_type, w_object_type,
    w_property_type, w_range_type, w_set_type, w_slice_type, w_staticmethod_type, w_str_type,
    w_super_type, w_tuple_type, w_type_type)
import objspace
import formatting
import strformat
from bigint import BigInt
import interpreter
from interpreter import ec, PyFunction, W_Generator, BUILTIN_MODULES


# ---------------------------------------------------------------- output

class Output(object):
    """Buffered stdout (flushed at exit, before input and before stderr output)."""

    def __init__(self):
        self.parts = []
        self.size = 0

    def write(self, s):
        self.parts.append(s)
        self.size += len(s)
        if self.size > 8192:
            self.flush()

    def flush(self):
        if self.size > 0 or len(self.parts) > 0:
            write_stdout("".join(self.parts))
            self.parts = []
            self.size = 0


stdout = Output()


def write_err(s):
    stdout.flush()
    write_stderr(s)


# ---------------------------------------------------------------- registration

BUILTINS = ec.builtins


def builtin(name, fn):
    BUILTINS[name] = W_BuiltinFunction(name, fn)


def method(w_type, name, fn):
    w_type.dict_w[name] = W_BuiltinFunction(name, make_unwrapping(fn))


def make_unwrapping(fn):
    """The method fn, also called with an instance of a user subclass of the builtin
    type: its builtin value is what fn sees."""
    def unwrapping_method(args):
        if len(args.args_w) > 0:
            w0 = args.args_w[0]
            if isinstance(w0, W_Instance) and w0.w_builtin is not None:
                args = Args([w0.w_builtin] + args.args_w[1:], args.kwnames, args.kwvalues)
        return fn(args)
    return unwrapping_method


MUTABLE_BASES = [w_list_type, w_dict_type, w_set_type]


def builtin_subnew(args):
    """list.__new__, int.__new__...: for a user subclass, an instance holding the value."""
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise oerr(w_TypeError, "__new__(X): X is not a type object")
    w_base = w_cls.w_builtin_base
    if w_base is None:
        w_base = w_cls
    w_new = w_base.w_new
    if w_new is None:
        raise oerr(w_TypeError, "cannot create '%s' instances" % w_base.name)
    mutable = False
    for w_m in MUTABLE_BASES:
        if w_m is w_base:
            mutable = True
    if mutable and not isinstance(w_cls.lookup("__init__"), W_BuiltinFunction):
        w_val = w_new.call(Args([w_base], None, None))
    else:
        # (prepend: a literal [w_base] + list would be a list of types, see the README)
        w_val = w_new.call(Args(args.args_w[1:], args.kwnames, args.kwvalues).prepend(w_base))
    if w_cls is w_base:
        return w_val
    w_inst = W_Instance(w_cls)
    w_inst.w_builtin = w_val
    return w_inst


def list_init(args):
    w_l = args.args_w[0]
    if isinstance(w_l, W_ListObject) and len(args.args_w) > 1:
        w_l.items = list_from_iterable(args.args_w[1])
    return w_None


def dict_init(args):
    w_d = args.args_w[0]
    if isinstance(w_d, W_DictObject):
        if len(args.args_w) > 1:
            dict_update_one(w_d, args.args_w[1])
        if args.kwnames is not None:
            for i in range(len(args.kwnames)):
                w_d.setitem(W_StrObject(args.kwnames[i]), args.kwvalues[i])
    return w_None


def set_init(args):
    w_s = args.args_w[0]
    if isinstance(w_s, W_SetObject) and len(args.args_w) > 1:
        for w_x in list_from_iterable(args.args_w[1]):
            w_s.add(w_x)
    return w_None


def float_float(args):
    return args.args_w[0]


def set_new(w_type, fn):
    w_type.w_new = W_BuiltinFunction(w_type.name, fn)


def check_args(args, name, lo, hi):
    n = len(args.args_w)
    if n < lo or n > hi:
        if lo == hi:
            if lo == 1:
                raise oerr(w_TypeError, "%s() takes exactly one argument (%d given)" % (name, n))
            raise oerr(w_TypeError, "%s expected %d arguments, got %d" % (name, lo, n))
        if n < lo:
            raise oerr(w_TypeError, "%s expected at least %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n))
        raise oerr(w_TypeError, "%s expected at most %d argument%s, got %d" % (name, hi, "" if hi == 1 else "s", n))


def no_kw(args, name):
    if args.kwnames is not None and len(args.kwnames) > 0:
        raise oerr(w_TypeError, "%s() takes no keyword arguments" % name)


def arg_or_none(args, i, name):
    """Positional argument i, or the keyword ``name``, or None."""
    if i < len(args.args_w):
        return args.args_w[i]
    return args.get_kw(name)


# ---------------------------------------------------------------- builtin functions

def b_print(args):
    sep = " "
    end = "\n"
    w_file = None
    flush = False
    if args.kwnames is not None:
        for i in range(len(args.kwnames)):
            k = args.kwnames[i]
            w_v = args.kwvalues[i]
            if k == "sep":
                if w_v is not w_None:
                    if not isinstance(w_v, W_StrObject):
                        raise oerr(w_TypeError, "sep must be None or a string, not %s" % type_name(w_v))
                    sep = w_v.value
            elif k == "end":
                if w_v is not w_None:
                    if not isinstance(w_v, W_StrObject):
                        raise oerr(w_TypeError, "end must be None or a string, not %s" % type_name(w_v))
                    end = w_v.value
            elif k == "file":
                if w_v is not w_None:
                    w_file = w_v
            elif k == "flush":
                flush = is_true(w_v)
            else:
                raise oerr(w_TypeError, "'%s' is an invalid keyword argument for print()" % k)
    parts = []
    for w_x in args.args_w:
        parts.append(str_of(w_x))
    text = sep.join(parts) + end
    if w_file is None or w_file is w_sys_stdout:
        stdout.write(text)
    elif w_file is w_sys_stderr:
        write_err(text)
    else:
        call_function(getattr_w(w_file, "write"), [W_StrObject(text)])
    return w_None


def b_len(args):
    check_args(args, "len", 1, 1)
    return W_IntObject(len_w(args.args_w[0]))


def b_repr(args):
    check_args(args, "repr", 1, 1)
    return W_StrObject(repr_w(args.args_w[0]))


def b_ascii(args):
    check_args(args, "ascii", 1, 1)
    return W_StrObject(strformat.ascii_of(repr_w(args.args_w[0])))


def b_isinstance(args):
    check_args(args, "isinstance", 2, 2)
    return newbool(isinstance_check(args.args_w[0], args.args_w[1]))


def isinstance_check(w_obj, w_cls):
    if isinstance(w_cls, W_TupleObject):
        for w_c in w_cls.items:
            if isinstance_check(w_obj, w_c):
                return True
        return False
    if not isinstance(w_cls, W_TypeObject):
        raise oerr(w_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
    return w_obj.getclass().issubtype(w_cls)


def b_issubclass(args):
    check_args(args, "issubclass", 2, 2)
    w_c = args.args_w[0]
    if not isinstance(w_c, W_TypeObject):
        raise oerr(w_TypeError, "issubclass() arg 1 must be a class")
    return newbool(issubclass_check(w_c, args.args_w[1]))


def issubclass_check(w_c, w_cls):
    if isinstance(w_cls, W_TupleObject):
        for w_x in w_cls.items:
            if issubclass_check(w_c, w_x):
                return True
        return False
    if not isinstance(w_cls, W_TypeObject):
        raise oerr(w_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
    assert isinstance(w_c, W_TypeObject)
    return w_c.issubtype(w_cls)


def b_abs(args):
    check_args(args, "abs", 1, 1)
    w_x = args.args_w[0]
    if isinstance(w_x, W_IntObject):
        if w_x.intval < 0:
            return unary_op(w_x, UNARY_NEG)
        return int_pos(w_x)
    if isinstance(w_x, W_FloatObject):
        return W_FloatObject(math.fabs(w_x.floatval))
    if isinstance(w_x, W_LongObject):
        return newlong(w_x.num.abs())
    w_res = call_special(w_x, "__abs__", [])
    if w_res is None:
        raise oerr(w_TypeError, "bad operand type for abs(): '%s'" % type_name(w_x))
    return w_res


def get_key_arg(args):
    w_key = args.get_kw("key")
    if w_key is w_None:
        return None
    return w_key


def b_minmax(args, is_max):
    name = "max" if is_max else "min"
    w_key = get_key_arg(args)
    w_default = args.get_kw("default")
    if len(args.args_w) == 0:
        raise oerr(w_TypeError, "%s expected at least 1 argument, got 0" % name)
    if len(args.args_w) == 1:
        items = list_from_iterable(args.args_w[0])
        if len(items) == 0:
            if w_default is not None:
                return w_default
            raise oerr(w_ValueError, "%s() arg is an empty sequence" % name)
    else:
        items = args.args_w
    w_best = items[0]
    w_bestkey = w_best if w_key is None else call_function(w_key, [w_best])
    for i in range(1, len(items)):
        w_x = items[i]
        w_k = w_x if w_key is None else call_function(w_key, [w_x])
        if is_max:
            better = is_true(compare(w_k, w_bestkey, CMP_GT))
        else:
            better = is_true(compare(w_k, w_bestkey, CMP_LT))
        if better:
            w_best = w_x
            w_bestkey = w_k
    return w_best


def b_max(args):
    return b_minmax(args, True)


def b_min(args):
    return b_minmax(args, False)


def b_sum(args):
    if len(args.args_w) < 1:
        raise oerr(w_TypeError, "sum() takes at least 1 positional argument (0 given)")
    w_start = arg_or_none(args, 1, "start")
    if w_start is None:
        w_start = W_IntObject(0)
    if isinstance(w_start, W_StrObject):
        raise oerr(w_TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
    w_acc = w_start
    w_it = iter_w(args.args_w[0])
    # exact float summation as CPython does for all-float runs is not replicated; plain adds
    while True:
        w_x = next_w(w_it)
        if w_x is None:
            break
        w_acc = binary_op(w_acc, w_x, OP_ADD)
    return w_acc


def b_iter(args):
    check_args(args, "iter", 1, 2)
    if len(args.args_w) == 2:
        return W_CallableIter(args.args_w[0], args.args_w[1])
    return iter_w(args.args_w[0])


class W_CallableIter(W_Iterator):
    def __init__(self, w_func, w_sentinel):
        self.w_func = w_func
        self.w_sentinel = w_sentinel
        self.done = False

    def next(self):
        if self.done:
            return None
        w_v = call_function(self.w_func, [])
        if eq_w(w_v, self.w_sentinel):
            self.done = True
            return None
        return w_v


def b_next(args):
    check_args(args, "next", 1, 2)
    w_it = args.args_w[0]
    if isinstance(w_it, W_Generator):
        if len(args.args_w) == 2:
            w_res = w_it.resume(w_None, None)
            if w_res is None:
                return args.args_w[1]
            return w_res
        return w_it.send_or_stop(w_None, None)
    if not isinstance(w_it, W_Iterator) and w_it.getclass().lookup("__next__") is None:
        raise oerr(w_TypeError, "'%s' object is not an iterator" % type_name(w_it))
    if isinstance(w_it, W_Iterator):
        w_res = w_it.next()
    else:
        try:
            w_res = call_special(w_it, "__next__", [])
        except OperationError as e:
            if len(args.args_w) == 2 and isinstance_w(e.w_value, w_StopIteration):
                return args.args_w[1]
            raise
        return w_res
    if w_res is None:
        if len(args.args_w) == 2:
            return args.args_w[1]
        raise oerr_noargs(w_StopIteration)
    return w_res


def b_hash(args):
    check_args(args, "hash", 1, 1)
    return W_IntObject(hash_w(args.args_w[0]))


def b_id(args):
    check_args(args, "id", 1, 1)
    return W_IntObject(identity_hash(args.args_w[0]))


def b_ord(args):
    check_args(args, "ord", 1, 1)
    w_c = args.args_w[0]
    if isinstance(w_c, W_StrObject):
        if len(w_c.value) != 1:
            raise oerr(w_TypeError, "ord() expected a character, but string of length %d found" % len(w_c.value))
        return W_IntObject(ord(w_c.value[0]))
    data = objspace.bytes_like(w_c)
    if data is not None:
        if len(data) != 1:
            raise oerr(w_TypeError, "ord() expected a character, but string of length %d found" % len(data))
        return W_IntObject(ord(data[0]))
    raise oerr(w_TypeError, "ord() expected string of length 1, but %s found" % type_name(w_c))


def b_chr(args):
    check_args(args, "chr", 1, 1)
    v = int_w(args.args_w[0])
    if v < 0 or v > 0x10ffff:
        raise oerr(w_ValueError, "chr() arg not in range(0x110000)")
    return W_StrObject(chr(v))


def int_base_str(w_x, base, prefix):
    if not is_int(w_x):
        w_i = call_special(w_x, "__index__", [])
        if w_i is None:
            raise oerr(w_TypeError, "'%s' object cannot be interpreted as an integer" % type_name(w_x))
        w_x = w_i
    num = bigint_w(w_x)
    s = num.abs().format_base(base)
    if num.sign < 0:
        return W_StrObject("-" + prefix + s)
    return W_StrObject(prefix + s)


def b_bin(args):
    check_args(args, "bin", 1, 1)
    return int_base_str(args.args_w[0], 2, "0b")


def b_oct(args):
    check_args(args, "oct", 1, 1)
    return int_base_str(args.args_w[0], 8, "0o")


def b_hex(args):
    check_args(args, "hex", 1, 1)
    return int_base_str(args.args_w[0], 16, "0x")


def b_divmod(args):
    check_args(args, "divmod", 2, 2)
    w_a = args.args_w[0]
    w_b = args.args_w[1]
    if is_number(w_a) and is_number(w_b):
        if isinstance(w_a, W_FloatObject) or isinstance(w_b, W_FloatObject):
            a = float_w(w_a)
            b = float_w(w_b)
            if b == 0.0:
                raise oerr(w_ZeroDivisionError, "float divmod()")
            q, r = formatting.float_divmod(a, b)
            return W_TupleObject([W_FloatObject(q), W_FloatObject(r)])
        return W_TupleObject([binary_op(w_a, w_b, OP_FLOORDIV), binary_op(w_a, w_b, OP_MOD)])
    w_res = call_special(w_a, "__divmod__", [w_b])
    if w_res is not None and w_res is not w_NotImplemented:
        return w_res
    w_res = call_special(w_b, "__rdivmod__", [w_a])
    if w_res is not None and w_res is not w_NotImplemented:
        return w_res
    raise oerr(w_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'" % (type_name(w_a), type_name(w_b)))


def b_pow(args):
    check_args(args, "pow", 2, 3)
    w_a = args.args_w[0]
    w_b = args.args_w[1]
    if len(args.args_w) == 3 and args.args_w[2] is not w_None:
        w_m = args.args_w[2]
        if not (is_int(w_a) and is_int(w_b) and is_int(w_m)):
            raise oerr(w_TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
        m = bigint_w(w_m)
        if m.iszero():
            raise oerr(w_ValueError, "pow() 3rd argument cannot be 0")
        e = bigint_w(w_b)
        base = bigint_w(w_a)
        if e.sign < 0:
            base = mod_inverse(base, m)
            e = e.neg()
        return newlong(base.powmod(e, m))
    return binary_op(w_a, w_b, OP_POW)


def mod_inverse(a, m):
    """a**-1 mod m (ValueError when it does not exist)."""
    am = m.abs()
    x0 = BigInt.fromint(1)
    x1 = BigInt.fromint(0)
    r0 = a.divmod(am)[1]
    r1 = am
    while not r1.iszero():
        q, r = r0.divmod(r1)
        r0 = r1
        r1 = r
        x0, x1 = x1, x0.sub(q.mul(x1))
    if not r0.is_one():
        raise oerr(w_ValueError, "base is not invertible for the given modulus")
    return x0.divmod(am)[1]


def b_round(args):
    check_args(args, "round", 1, 2)
    w_x = args.args_w[0]
    w_nd = None
    if len(args.args_w) == 2:
        w_nd = args.args_w[1]
    else:
        w_nd = args.get_kw("ndigits")
    if w_nd is w_None:
        w_nd = None
    if isinstance(w_x, W_FloatObject):
        x = w_x.floatval
        if w_nd is None:
            if x != x:
                raise oerr(w_ValueError, "cannot convert float NaN to integer")
            if x == formatting.INF or x == -formatting.INF:
                raise oerr(w_OverflowError, "cannot convert float infinity to integer")
            return strformat.float_to_int(round_half_even(x))
        nd = int_w(w_nd)
        return W_FloatObject(round_float_digits(x, nd))
    if is_int(w_x):
        if w_nd is None:
            return int_pos(w_x)
        nd = int_w(w_nd)
        if nd >= 0:
            return int_pos(w_x)
        # round to a multiple of 10**-nd, half to even
        w_pow = binary_op(W_IntObject(10), W_IntObject(-nd), OP_POW)
        num = bigint_w(w_x)
        p = bigint_w(w_pow)
        q, r = num.divmod(p)
        twice = r.add(r)
        c = twice.compare(p)
        if c > 0 or (c == 0 and q.test_bit(0)):
            q = q.add(BigInt.fromint(1))
        return newlong(q.mul(p))
    w_res = call_special(w_x, "__round__", args.args_w[1:])
    if w_res is None:
        raise oerr(w_TypeError, "type %s doesn't define __round__ method" % type_name(w_x))
    return w_res


def round_half_even(x):
    f = formatting.float_floor(x)
    diff = x - f
    if diff > 0.5:
        return f + 1.0
    if diff < 0.5:
        return f
    if math.fmod(f, 2.0) == 0.0:
        return f
    return f + 1.0


def round_float_digits(x, nd):
    """round(x, nd) correctly rounded: through the shortest decimal repr."""
    if x != x or x == formatting.INF or x == -formatting.INF or x == 0.0:
        return x
    if nd > 22:
        return x
    if nd < -308:
        return 0.0 * x
    if nd >= 0:
        # format with nd decimals (%.Nf rounds half-even on the exact binary value)
        s = strformat.fmt_f(x, nd)
        r = float(s)
        if r == 0.0:
            return math.copysign(0.0, x)
        return r
    p = math.pow(10.0, float(-nd))
    y = x / p
    r = round_half_even(y) * p
    if r == 0.0:
        return math.copysign(0.0, x)
    return r


def b_callable(args):
    check_args(args, "callable", 1, 1)
    w_x = args.args_w[0]
    if isinstance(w_x, W_Function) or isinstance(w_x, W_BuiltinFunction) or isinstance(w_x, W_Method) or isinstance(w_x, W_TypeObject):
        return w_True
    if isinstance(w_x, W_Instance):
        return newbool(w_x.w_type.lookup("__call__") is not None)
    return w_False


def b_getattr(args):
    check_args(args, "getattr", 2, 3)
    name = attr_name(args.args_w[1])
    if len(args.args_w) == 3:
        try:
            return getattr_w(args.args_w[0], name)
        except OperationError as e:
            if isinstance_w(e.w_value, w_AttributeError):
                return args.args_w[2]
            raise
    return getattr_w(args.args_w[0], name)


def attr_name(w_name):
    if not isinstance(w_name, W_StrObject):
        raise oerr(w_TypeError, "attribute name must be string, not '%s'" % type_name(w_name))
    return w_name.value


def b_setattr(args):
    check_args(args, "setattr", 3, 3)
    setattr_w(args.args_w[0], attr_name(args.args_w[1]), args.args_w[2])
    return w_None


def b_delattr(args):
    check_args(args, "delattr", 2, 2)
    delattr_w(args.args_w[0], attr_name(args.args_w[1]))
    return w_None


def b_hasattr(args):
    check_args(args, "hasattr", 2, 2)
    try:
        getattr_w(args.args_w[0], attr_name(args.args_w[1]))
    except OperationError as e:
        if isinstance_w(e.w_value, w_AttributeError):
            return w_False
        raise
    return w_True


def b_input(args):
    if len(args.args_w) > 0:
        stdout.write(str_of(args.args_w[0]))
    stdout.flush()
    line = read_stdin_line()
    if line == "":
        raise oerr(w_EOFError, "EOF when reading a line")
    if line.endswith("\n"):
        line = line[:len(line) - 1]
    return W_StrObject(line)


def b_format(args):
    check_args(args, "format", 1, 2)
    spec = ""
    if len(args.args_w) == 2:
        spec = str_w(args.args_w[1])
    return W_StrObject(strformat.format_w(args.args_w[0], spec))


def b_vars(args):
    check_args(args, "vars", 1, 1)
    return getattr_w(args.args_w[0], "__dict__")


def b_dir(args):
    check_args(args, "dir", 1, 1)
    w_obj = args.args_w[0]
    names = {}
    if isinstance(w_obj, W_Instance):
        for n in w_obj.map.names:
            names[n] = True
        w_t = w_obj.w_type
    elif isinstance(w_obj, W_TypeObject):
        w_t = w_obj
    elif isinstance(w_obj, W_Module):
        for k in w_obj.dict_w:
            names[k] = True
        w_t = None
    else:
        w_t = w_obj.getclass()
    if w_t is not None:
        for w_c in w_t.mro_w:
            assert isinstance(w_c, W_TypeObject)
            for k in w_c.dict_w:
                names[k] = True
    items = []
    for k in names:
        items.append(W_StrObject(k))
    sort_list(items, None, False)
    return W_ListObject(items)


def b_super(args):
    if len(args.args_w) == 2:
        w_t = args.args_w[0]
        if not isinstance(w_t, W_TypeObject):
            raise oerr(w_TypeError, "super() argument 1 must be a type")
        return W_Super(w_t, args.args_w[1])
    frame = ec.topframe
    if frame is None or frame.w_func is None:
        raise oerr(w_RuntimeError, "super(): no arguments")
    w_func = frame.w_func
    assert w_func is not None
    w_class = w_func.w_class
    if w_class is None:
        raise oerr(w_RuntimeError, "super(): __class__ cell not found")
    w_self = None
    if len(frame.locals_w) > 0:
        w_self = frame.locals_w[0]
    if w_self is None and len(frame.code.cellvars) > 0 and frame.code.cell_param_index[0] == 0:
        c = frame.cells[0]
        assert c is not None
        w_self = c.w_value
    if w_self is None:
        raise oerr(w_RuntimeError, "super(): no arguments")
    assert isinstance(w_class, W_TypeObject)
    return W_Super(w_class, w_self)


def b_globals(args):
    raise oerr(w_NotImplementedError, "globals() is not supported")


def b_locals(args):
    raise oerr(w_NotImplementedError, "locals() is not supported")


def b_exec(args):
    raise oerr(w_NotImplementedError, "exec() is not supported")


def b_open(args):
    if len(args.args_w) < 1:
        raise oerr(w_TypeError, "open() missing required argument 'file' (pos 1)")
    path = str_w(args.args_w[0])
    mode = "r"
    w_mode = arg_or_none(args, 1, "mode")
    if w_mode is not None:
        mode = str_w(w_mode)
    if "b" in mode and mode != "rb":
        raise oerr(w_NotImplementedError, "binary files are only supported for reading")
    if "w" in mode and not file_writable(path):
        raise OperationError(new_exception_args(w_FileNotFoundError, [W_IntObject(2), W_StrObject("No such file or directory"), W_StrObject(path)]))
    f = W_File(path, mode)
    if "r" in mode:
        try:
            f.content = read_file(path)
        except OSError:
            raise OperationError(new_exception_args(w_FileNotFoundError, [W_IntObject(2), W_StrObject("No such file or directory"), W_StrObject(path)]))
    elif "a" in mode:
        try:
            f.content = read_file(path)
        except OSError:
            f.content = ""
        f.out.append(f.content)
    return f


class W_File(W_Root):
    def __init__(self, path, mode):
        self.path = path
        self.mode = mode
        self.content = ""
        self.pos = 0
        self.out = []
        self.closed = False

    def getclass(self):
        return w_file_type


def file_self(args):
    w_f = args.args_w[0]
    if not isinstance(w_f, W_File):
        raise oerr(w_TypeError, "expected a file")
    return w_f


def f_read(args):
    f = file_self(args)
    if f.closed:
        raise oerr(w_ValueError, "I/O operation on closed file.")
    if "r" not in f.mode and "+" not in f.mode:
        raise oerr(w_UnsupportedOperation, "not readable")
    if "b" in f.mode:
        # the text was decoded from UTF-8 when the file was opened: encode it back
        data = encode_str(f.content[f.pos:], "utf-8", "strict")
        f.pos = len(f.content)
        return W_BytesObject(data)
    if len(args.args_w) > 1 and args.args_w[1] is not w_None:
        size = int_w(args.args_w[1])
        if size >= 0:
            start = f.pos
            end = min(len(f.content), start + size)
            f.pos = end
            return W_StrObject(f.content[start:end])
    s = f.content[f.pos:]
    f.pos = len(f.content)
    return W_StrObject(s)


def f_readline(args):
    f = file_self(args)
    if f.closed:
        raise oerr(w_ValueError, "I/O operation on closed file.")
    return W_StrObject(file_next_line(f))


def file_next_line(f):
    if f.pos >= len(f.content):
        return ""
    j = f.content.find("\n", f.pos)
    if j < 0:
        j = len(f.content)
    else:
        j += 1
    start = f.pos
    f.pos = j
    assert start >= 0
    return f.content[start:j]


def f_readlines(args):
    f = file_self(args)
    items = []
    while True:
        line = file_next_line(f)
        if line == "":
            break
        items.append(W_StrObject(line))
    return W_ListObject(items)


def f_write(args):
    f = file_self(args)
    if f.closed:
        raise oerr(w_ValueError, "I/O operation on closed file.")
    if "r" in f.mode and "+" not in f.mode:
        raise oerr(w_UnsupportedOperation, "not writable")
    s = str_w(args.args_w[1])
    f.out.append(s)
    return W_IntObject(len(s))


def f_close(args):
    f = file_self(args)
    file_close(f)
    return w_None


def file_writable(path):
    """Can the file be created (its folder exists)?  Checked by opening it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    except OSError:
        return False
    os.close(fd)
    return True


def file_close(f):
    if f.closed:
        return
    f.closed = True
    if "w" in f.mode or "a" in f.mode:

        data = "".join(f.out).encode("utf-8")
        fd = os.open(f.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            while len(data) > 0:
                n = os.write(fd, data)
                data = data[n:]
        finally:
            os.close(fd)


def f_writelines(args):
    f = file_self(args)
    if f.closed:
        raise oerr(w_ValueError, "I/O operation on closed file.")
    for w_s in list_from_iterable(args.args_w[1]):
        f.out.append(str_w(w_s))
    return w_None


def f_closed(args):
    return newbool(file_self(args).closed)


def f_name(args):
    return W_StrObject(file_self(args).path)


def f_mode(args):
    return W_StrObject(file_self(args).mode)


def f_flush(args):
    return w_None


def f_enter(args):
    return file_self(args)


def f_exit(args):
    file_close(file_self(args))
    return w_False


def f_iter(args):
    return W_FileIter(file_self(args))


class W_FileIter(W_Iterator):
    def __init__(self, f):
        self.f = f

    def next(self):
        line = file_next_line(self.f)
        if line == "":
            return None
        return W_StrObject(line)


# ---------------------------------------------------------------- iterators

class W_Enumerate(W_Iterator):
    def __init__(self, w_it, start):
        self.w_it = w_it
        self.index = start

    def next(self):
        w_x = next_w(self.w_it)
        if w_x is None:
            return None
        w_res = W_TupleObject([W_IntObject(self.index), w_x])
        self.index += 1
        return w_res


def b_enumerate(args):
    if len(args.args_w) < 1:
        raise oerr(w_TypeError, "enumerate() missing required argument 'iterable' (pos 1)")
    start = 0
    w_start = arg_or_none(args, 1, "start")
    if w_start is not None:
        start = int_w(w_start)
    return W_Enumerate(iter_w(args.args_w[0]), start)


class W_Zip(W_Iterator):
    def __init__(self, iters_w, strict):
        self.iters_w = iters_w
        self.strict = strict
        self.done = False

    def next(self):
        if self.done or len(self.iters_w) == 0:
            return None
        items = []
        for i in range(len(self.iters_w)):
            w_x = next_w(self.iters_w[i])
            if w_x is None:
                self.done = True
                if self.strict:
                    if i > 0:
                        raise oerr(w_ValueError, "zip() argument %d is shorter than argument%s 1%s" % (i + 1, "s" if i > 1 else "", "-%d" % i if i > 1 else ""))
                    for j in range(1, len(self.iters_w)):
                        if next_w(self.iters_w[j]) is not None:
                            raise oerr(w_ValueError, "zip() argument %d is longer than argument%s 1%s" % (j + 1, "s" if j > 1 else "", "-%d" % j if j > 1 else ""))
                return None
            items.append(w_x)
        return W_TupleObject(items)


def b_zip(args):
    iters = []
    for w_x in args.args_w:
        iters.append(iter_w(w_x))
    w_strict = args.get_kw("strict")
    return W_Zip(iters, w_strict is not None and is_true(w_strict))


class W_Map(W_Iterator):
    def __init__(self, w_func, iters_w):
        self.w_func = w_func
        self.iters_w = iters_w

    def next(self):
        items = []
        for w_it in self.iters_w:
            w_x = next_w(w_it)
            if w_x is None:
                return None
            items.append(w_x)
        return self.w_func.call(Args(items, None, None))


def b_map(args):
    if len(args.args_w) < 2:
        raise oerr(w_TypeError, "map() must have at least two arguments.")
    iters = []
    for i in range(1, len(args.args_w)):
        iters.append(iter_w(args.args_w[i]))
    return W_Map(args.args_w[0], iters)


class W_Filter(W_Iterator):
    def __init__(self, w_func, w_it):
        self.w_func = w_func
        self.w_it = w_it

    def next(self):
        while True:
            w_x = next_w(self.w_it)
            if w_x is None:
                return None
            if self.w_func is w_None:
                ok = is_true(w_x)
            else:
                ok = is_true(call_function(self.w_func, [w_x]))
            if ok:
                return w_x


def b_filter(args):
    check_args(args, "filter", 2, 2)
    return W_Filter(args.args_w[0], iter_w(args.args_w[1]))


class W_Reversed(W_Iterator):
    def __init__(self, w_seq, length):
        self.w_seq = w_seq
        self.index = length - 1

    def next(self):
        if self.index < 0:
            return None
        w_seq = self.w_seq
        if isinstance(w_seq, W_ListObject) and self.index >= len(w_seq.items):
            self.index = -1
            return None
        w_x = getitem_w(w_seq, W_IntObject(self.index))
        self.index -= 1
        return w_x


def b_reversed(args):
    check_args(args, "reversed", 1, 1)
    w_seq = args.args_w[0]
    if isinstance(w_seq, W_Instance):
        w_res = call_special(w_seq, "__reversed__", [])
        if w_res is not None:
            return w_res
    if isinstance(w_seq, W_DictObject) or isinstance(w_seq, W_DictView):
        items = list_from_iterable(w_seq)
        items.reverse()
        return W_ListIter(items)
    if objspace.is_range(w_seq):
        return objspace.range_iter(w_seq, True)
    if isinstance(w_seq, W_ListObject) or isinstance(w_seq, W_TupleObject) or isinstance(w_seq, W_StrObject) or isinstance(w_seq, W_BytesObject) or isinstance(w_seq, objspace.W_BytearrayObject) or (isinstance(w_seq, W_Instance) and w_seq.w_type.lookup("__getitem__") is not None):
        return W_Reversed(w_seq, len_w(w_seq))
    raise oerr(w_TypeError, "'%s' object is not reversible" % type_name(w_seq))


def b_any(args):
    check_args(args, "any", 1, 1)
    w_it = iter_w(args.args_w[0])
    while True:
        w_x = next_w(w_it)
        if w_x is None:
            return w_False
        if is_true(w_x):
            return w_True


def b_all(args):
    check_args(args, "all", 1, 1)
    w_it = iter_w(args.args_w[0])
    while True:
        w_x = next_w(w_it)
        if w_x is None:
            return w_True
        if not is_true(w_x):
            return w_False


# ---------------------------------------------------------------- sorting

def sort_less(w_a, w_b):
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        return w_a.intval < w_b.intval
    if isinstance(w_a, W_StrObject) and isinstance(w_b, W_StrObject):
        return w_a.value < w_b.value
    return is_true(compare(w_a, w_b, CMP_LT))


def merge_sort(keys, values, lo, hi, tmpk, tmpv):
    """Stable sort of keys[lo:hi] (values follow)."""
    if hi - lo < 2:
        return
    if hi - lo <= 8:
        for i in range(lo + 1, hi):
            k = keys[i]
            v = values[i]
            j = i - 1
            while j >= lo and sort_less(k, keys[j]):
                keys[j + 1] = keys[j]
                values[j + 1] = values[j]
                j -= 1
            keys[j + 1] = k
            values[j + 1] = v
        return
    mid = (lo + hi) // 2
    merge_sort(keys, values, lo, mid, tmpk, tmpv)
    merge_sort(keys, values, mid, hi, tmpk, tmpv)
    if not sort_less(keys[mid], keys[mid - 1]):
        return
    for i in range(lo, hi):
        tmpk[i] = keys[i]
        tmpv[i] = values[i]
    i = lo
    j = mid
    k = lo
    while i < mid and j < hi:
        if sort_less(tmpk[j], tmpk[i]):
            keys[k] = tmpk[j]
            values[k] = tmpv[j]
            j += 1
        else:
            keys[k] = tmpk[i]
            values[k] = tmpv[i]
            i += 1
        k += 1
    while i < mid:
        keys[k] = tmpk[i]
        values[k] = tmpv[i]
        i += 1
        k += 1
    while j < hi:
        keys[k] = tmpk[j]
        values[k] = tmpv[j]
        j += 1
        k += 1


def sort_list(items, w_key, reverse):
    """Sort items in place (stable; reverse keeps stability as CPython does)."""
    n = len(items)
    if w_key is None:
        keys = list(items)
    else:
        keys = [call_function(w_key, [w_x]) for w_x in items]
    values = list(items)
    if reverse:
        keys.reverse()
        values.reverse()
    tmpk = list(keys)
    tmpv = list(values)
    merge_sort(keys, values, 0, n, tmpk, tmpv)
    if reverse:
        values.reverse()
    for i in range(n):
        items[i] = values[i]


def sort_options(args, first):
    w_key = None
    reverse = False
    if args.kwnames is not None:
        for i in range(len(args.kwnames)):
            k = args.kwnames[i]
            if k == "key":
                w_key = args.kwvalues[i]
                if w_key is w_None:
                    w_key = None
            elif k == "reverse":
                reverse = is_true(args.kwvalues[i])
            else:
                raise oerr(w_TypeError, "'%s' is an invalid keyword argument for sort()" % k)
    if len(args.args_w) > first:
        raise oerr(w_TypeError, "sort() takes no positional arguments" if first == 1 else "sorted expected 1 argument, got %d" % len(args.args_w))
    return w_key, reverse


def b_sorted(args):
    if len(args.args_w) < 1:
        raise oerr(w_TypeError, "sorted expected 1 argument, got 0")
    items = list_from_iterable(args.args_w[0])
    w_key, reverse = sort_options(args, 1)
    sort_list(items, w_key, reverse)
    return W_ListObject(items)


# ---------------------------------------------------------------- constructors

def new_object(args):
    w_type = args.args_w[0]
    assert isinstance(w_type, W_TypeObject)
    return W_Instance(w_type)


def new_int(args):
    n = len(args.args_w) - 1
    w_base = None
    if n >= 2:
        w_base = args.args_w[2]
    elif args.get_kw("base") is not None:
        w_base = args.get_kw("base")
    if n == 0:
        return W_IntObject(0)
    w_x = args.args_w[1]
    if w_base is not None:
        base = int_w(w_base)
        if base != 0 and (base < 2 or base > 36):
            raise oerr(w_ValueError, "int() base must be >= 2 and <= 36, or 0")
        if not isinstance(w_x, W_StrObject):
            raise oerr(w_TypeError, "int() can't convert non-string with explicit base")
        return strformat.int_from_string(w_x.value, base)
    return int_of(w_x)


def int_of(w_x):
    if isinstance(w_x, W_BoolObject):
        return W_IntObject(w_x.intval)
    if isinstance(w_x, W_IntObject) or isinstance(w_x, W_LongObject):
        return w_x
    if isinstance(w_x, W_FloatObject):
        f = w_x.floatval
        if f != f:
            raise oerr(w_ValueError, "cannot convert float NaN to integer")
        if f == formatting.INF or f == -formatting.INF:
            raise oerr(w_OverflowError, "cannot convert float infinity to integer")
        return strformat.float_to_int(f)
    if isinstance(w_x, W_StrObject):
        return strformat.int_from_string(w_x.value, 10)
    data = objspace.bytes_like(w_x)
    if data is not None:
        return strformat.int_from_string(data, 10)
    w_res = call_special(w_x, "__int__", [])
    if w_res is None:
        w_res = call_special(w_x, "__index__", [])
    if w_res is None:
        w_res = call_special(w_x, "__trunc__", [])
    if w_res is None:
        raise oerr(w_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'" % type_name(w_x))
    return w_res


def new_float(args):
    if len(args.args_w) == 1:
        return W_FloatObject(0.0)
    w_x = args.args_w[1]
    if isinstance(w_x, W_FloatObject):
        return w_x
    if isinstance(w_x, W_StrObject):
        return W_FloatObject(strformat.float_from_string(w_x.value))
    return W_FloatObject(float_arg_w(w_x))


def new_bool(args):
    if len(args.args_w) == 1:
        return w_False
    return newbool(is_true(args.args_w[1]))


def new_str(args):
    if len(args.args_w) == 1:
        return W_StrObject("")
    w_x = args.args_w[1]
    if len(args.args_w) > 2 or args.get_kw("encoding") is not None:
        data = objspace.bytes_like(w_x)
        if data is not None:
            return W_StrObject(decode_utf8(data))
    return W_StrObject(str_of(w_x))


def decode_utf8(s):
    return decode_bytes(s, "utf-8", "strict")


def codec_name(encoding):
    e = encoding.lower().replace("_", "-")
    if e == "utf-8" or e == "utf8":
        return "utf-8"
    if e == "ascii" or e == "us-ascii":
        return "ascii"
    if e == "latin-1" or e == "latin1" or e == "iso-8859-1":
        return "latin-1"
    raise oerr(w_LookupError, "unknown encoding: %s" % encoding)


def decode_bytes(s, encoding, errors):
    """bytes (a str of chars < 256) -> str."""
    enc = codec_name(encoding)
    out = []
    i = 0
    n = len(s)
    while i < n:
        b0 = ord(s[i])
        if b0 < 128:
            out.append(s[i])
            i += 1
            continue
        if enc == "latin-1":
            out.append(chr(b0))
            i += 1
            continue
        need = 0
        cp = 0
        reason = "invalid start byte"
        if enc == "utf-8":
            if 0xc2 <= b0 <= 0xdf:
                need = 1
                cp = b0 & 0x1f
            elif 0xe0 <= b0 <= 0xef:
                need = 2
                cp = b0 & 0x0f
            elif 0xf0 <= b0 <= 0xf4:
                need = 3
                cp = b0 & 0x07
        ok = need > 0
        j = i + 1
        if ok:
            for k in range(need):
                if j >= n:
                    ok = False
                    reason = "unexpected end of data"
                    break
                bk = ord(s[j])
                if bk & 0xc0 != 0x80:
                    ok = False
                    reason = "invalid continuation byte"
                    break
                cp = (cp << 6) | (bk & 0x3f)
                j += 1
        if ok:
            out.append(chr(cp))
            i = j
            continue
        if errors == "replace":
            out.append(u"\ufffd")
            i += 1
            continue
        if errors == "ignore":
            i += 1
            continue
        if enc == "ascii":
            reason = "ordinal not in range(128)"
        raise oerr(w_UnicodeDecodeError, "'%s' codec can't decode byte 0x%s in position %d: %s" % (enc, formatting.hex_digits(b0, 2), i, reason))
    return "".join(out)


def encode_str(s, encoding, errors):
    enc = codec_name(encoding)
    out = []
    for i in range(len(s)):
        c = s[i]
        o = ord(c)
        if o < 128:
            out.append(c)
        elif enc == "utf-8":
            if o < 0x800:
                out.append(chr(0xc0 | (o >> 6)))
                out.append(chr(0x80 | (o & 0x3f)))
            elif o < 0x10000:
                out.append(chr(0xe0 | (o >> 12)))
                out.append(chr(0x80 | ((o >> 6) & 0x3f)))
                out.append(chr(0x80 | (o & 0x3f)))
            else:
                out.append(chr(0xf0 | (o >> 18)))
                out.append(chr(0x80 | ((o >> 12) & 0x3f)))
                out.append(chr(0x80 | ((o >> 6) & 0x3f)))
                out.append(chr(0x80 | (o & 0x3f)))
        elif enc == "latin-1" and o < 256:
            out.append(c)
        elif errors == "replace":
            out.append("?")
        elif errors == "ignore":
            pass
        else:
            limit = "128" if enc == "ascii" else "256"
            raise oerr(w_UnicodeEncodeError, "'%s' codec can't encode character %s in position %d: ordinal not in range(%s)" % (enc, strformat.ascii_of(formatting.str_repr(c)), i, limit))
    return "".join(out)


def new_bytes(args):
    return W_BytesObject(bytes_from_args(args, "bytes"))


def new_bytearray(args):
    return objspace.newbytearray(bytes_from_args(args, "bytearray"))


def bytes_from_args(args, name):
    """The bytes that bytes(...) or bytearray(...) (``name``) makes of its arguments: a str
    encoded, a count of zeros, a copy of bytes-like object, the ints of an iterable."""
    w_x = arg_or_none(args, 1, "source")
    w_enc = arg_or_none(args, 2, "encoding")
    w_err = arg_or_none(args, 3, "errors")
    if w_x is None and w_enc is None and w_err is None:
        return ""
    if isinstance(w_x, W_StrObject):
        if w_enc is None:
            raise oerr(w_TypeError, "string argument without an encoding")
        return encode_str(w_x.value, str_w(w_enc), "strict" if w_err is None else str_w(w_err))
    if w_enc is not None or w_err is not None:
        raise oerr(w_TypeError, "encoding without a string argument" if w_enc is not None else "errors without a string argument")
    if name == "bytes" and isinstance(w_x, W_Instance):
        w_res = call_special(w_x, "__bytes__", [])
        if w_res is not None:
            if not isinstance(w_res, W_BytesObject):
                raise oerr(w_TypeError, "__bytes__ returned non-bytes (type %s)" % type_name(w_res))
            return w_res.value
    data = objspace.bytes_like(w_x)
    if data is not None:
        return data
    if is_int(w_x) or objspace.has_index(w_x):
        n = int_w(w_x)
        if n < 0:
            raise oerr(w_ValueError, "negative count")
        return "\x00" * n
    try:
        w_it = iter_w(w_x)
    except OperationError as e:
        if not isinstance_w(e.w_value, w_TypeError):
            raise
        raise oerr(w_TypeError, "cannot convert '%s' object to %s" % (type_name(w_x), name))
    chars = []
    while True:
        w_i = next_w(w_it)
        if w_i is None:
            return "".join(chars)
        v = int_w(w_i)
        if v < 0 or v > 255:
            raise oerr(w_ValueError, "bytes must be in range(0, 256)" if name == "bytes" else "byte must be in range(0, 256)")
        chars.append(chr(v))


def new_list(args):
    if len(args.args_w) == 1:
        return W_ListObject([])
    return W_ListObject(list_from_iterable(args.args_w[1]))


def new_tuple(args):
    if len(args.args_w) == 1:
        return W_TupleObject([])
    w_x = args.args_w[1]
    if isinstance(w_x, W_TupleObject):
        return w_x
    return W_TupleObject(list_from_iterable(w_x))


def new_dict(args):
    w_d = W_DictObject()
    if len(args.args_w) > 1:
        dict_update_one(w_d, args.args_w[1])
    if args.kwnames is not None:
        for i in range(len(args.kwnames)):
            w_d.setitem(W_StrObject(args.kwnames[i]), args.kwvalues[i])
    return w_d


def dict_update_one(w_d, w_src):
    if isinstance(w_src, W_DictObject) or (isinstance(w_src, W_Instance) and lookup_attr(w_src, "keys") is not None):
        interpreter.dict_update_from(w_d, w_src, False)
        return
    for w_item in list_from_iterable(w_src):
        pair = list_from_iterable(w_item)
        if len(pair) != 2:
            raise oerr(w_ValueError, "dictionary update sequence element #0 has length %d; 2 is required" % len(pair))
        w_d.setitem(pair[0], pair[1])


def new_set(args):
    w_s = W_SetObject(False)
    if len(args.args_w) > 1:
        for w_x in list_from_iterable(args.args_w[1]):
            w_s.add(w_x)
    return w_s


def new_frozenset(args):
    w_s = W_SetObject(True)
    if len(args.args_w) > 1:
        for w_x in list_from_iterable(args.args_w[1]):
            w_s.add(w_x)
    return w_s


def new_range(args):
    n = len(args.args_w) - 1
    if n < 1 or n > 3:
        raise oerr(w_TypeError, "range expected at least 1 argument, got %d" % n if n < 1 else "range expected at most 3 arguments, got %d" % n)
    w_start = objspace.wrapint(0) if n == 1 else args.args_w[1]
    w_stop = args.args_w[1] if n == 1 else args.args_w[2]
    w_step = args.args_w[3] if n == 3 else objspace.wrapint(1)
    if isinstance(w_start, W_IntObject) and isinstance(w_stop, W_IntObject) and isinstance(w_step, W_IntObject):
        if w_step.intval == 0:
            raise oerr(w_ValueError, "range() arg 3 must not be zero")
        return objspace.make_range(w_start.intval, w_stop.intval, w_step.intval)
    start = range_arg(w_start)
    stop = range_arg(w_stop)
    step = range_arg(w_step)
    if step.iszero():
        raise oerr(w_ValueError, "range() arg 3 must not be zero")
    return objspace.make_long_range(start, stop, step)


def range_arg(w_x):
    """An argument of range(): any int, or an object with __index__."""
    x = objspace.bigint_index_w(w_x)
    if x is None:
        raise oerr(w_TypeError, "'%s' object cannot be interpreted as an integer" % type_name(w_x))
    return x


def new_slice(args):
    n = len(args.args_w) - 1
    if n == 1:
        return W_SliceObject(w_None, args.args_w[1], w_None)
    if n == 2:
        return W_SliceObject(args.args_w[1], args.args_w[2], w_None)
    if n == 3:
        return W_SliceObject(args.args_w[1], args.args_w[2], args.args_w[3])
    raise oerr(w_TypeError, "slice expected at least 1 argument, got 0")


def new_property(args):
    w_fget = arg_or_none(args, 1, "fget")
    w_fset = arg_or_none(args, 2, "fset")
    w_fdel = arg_or_none(args, 3, "fdel")
    w_doc = arg_or_none(args, 4, "doc")
    if w_fget is w_None:
        w_fget = None
    if w_fset is w_None:
        w_fset = None
    if w_fdel is w_None:
        w_fdel = None
    if w_doc is None:
        w_doc = w_None
        if w_fget is not None:
            w_d = lookup_attr(w_fget, "__doc__")
            if w_d is not None:
                w_doc = w_d
    return W_Property(w_fget, w_fset, w_fdel, w_doc)


def prop_self(args):
    w_p = args.args_w[0]
    if not isinstance(w_p, W_Property):
        raise oerr(w_TypeError, "expected a property")
    return w_p


def prop_setter(args):
    p = prop_self(args)
    return W_Property(p.w_fget, args.args_w[1], p.w_fdel, p.w_doc)


def prop_getter(args):
    p = prop_self(args)
    return W_Property(args.args_w[1], p.w_fset, p.w_fdel, p.w_doc)


def prop_deleter(args):
    p = prop_self(args)
    return W_Property(p.w_fget, p.w_fset, args.args_w[1], p.w_doc)


def new_staticmethod(args):
    check_args(args, "staticmethod", 2, 2)
    return W_StaticMethod(args.args_w[1])


def new_classmethod(args):
    check_args(args, "classmethod", 2, 2)
    return W_ClassMethod(args.args_w[1])


def new_super(args):
    return b_super(Args(args.args_w[1:], None, None))


def new_type(args):
    if len(args.args_w) == 2:
        return args.args_w[1].getclass()
    raise oerr(w_NotImplementedError, "type() with 3 arguments is not supported")


# ---------------------------------------------------------------- object and exceptions

def obj_init(args):
    return w_None


def obj_eq(args):
    if args.args_w[0] is args.args_w[1]:
        return w_True
    return w_NotImplemented


def obj_ne(args):
    w_res = compare(args.args_w[0], args.args_w[1], CMP_EQ)
    return newbool(not is_true(w_res))


def obj_repr(args):
    w_obj = args.args_w[0]
    return W_StrObject("<%s object at %s>" % (qualified_name(w_obj.getclass()), fake_address(w_obj)))


def obj_str(args):
    return W_StrObject(repr_w(args.args_w[0]))


def obj_hash(args):
    return W_IntObject(identity_hash(args.args_w[0]))


def obj_setattr(args):
    w_obj = args.args_w[0]
    if isinstance(w_obj, W_Instance):
        objspace.instance_setattr(w_obj, str_w(args.args_w[1]), args.args_w[2])
        return w_None
    setattr_w(w_obj, str_w(args.args_w[1]), args.args_w[2])
    return w_None


def obj_getattribute(args):
    w_res = lookup_attr(args.args_w[0], str_w(args.args_w[1]))
    if w_res is None:
        raise raise_attribute_error(args.args_w[0], str_w(args.args_w[1]))
    assert w_res is not None
    return w_res


def obj_delattr(args):
    w_obj = args.args_w[0]
    if isinstance(w_obj, W_Instance):
        if not w_obj.deldictvalue(str_w(args.args_w[1])):
            raise oerr(w_AttributeError, str_w(args.args_w[1]))
    return w_None


def obj_new(args):
    w_type = args.args_w[0]
    if not isinstance(w_type, W_TypeObject):
        raise oerr(w_TypeError, "object.__new__(X): X is not a type object")
    w_inst = W_Instance(w_type)
    if w_type.layout == LAYOUT_EXCEPTION:
        w_inst.w_args = W_TupleObject(args.args_w[1:])
    return w_inst


def obj_format(args):
    spec = str_w(args.args_w[1])
    if spec != "":
        raise oerr(w_TypeError, "unsupported format string passed to %s.__format__" % type_name(args.args_w[0]))
    return W_StrObject(str_of(args.args_w[0]))


def obj_init_subclass(args):
    return w_None


def exc_self(args):
    w_e = args.args_w[0]
    if not isinstance(w_e, W_Instance):
        raise oerr(w_TypeError, "descriptor requires a 'BaseException' object")
    return w_e


def exc_init(args):
    w_e = exc_self(args)
    w_e.w_args = W_TupleObject(args.args_w[1:])
    return w_None


def exc_str(args):
    return W_StrObject(exception_str(exc_self(args)))


def exc_repr(args):
    return W_StrObject(exception_repr(exc_self(args)))


def exc_with_traceback(args):
    return args.args_w[0]


def exc_add_note(args):
    w_e = exc_self(args)
    w_notes = w_e.getdictvalue("__notes__")
    if w_notes is None:
        w_notes = W_ListObject([])
        w_e.setdictvalue("__notes__", w_notes)
    assert isinstance(w_notes, W_ListObject)
    w_notes.items.append(args.args_w[1])
    return w_None


# ---------------------------------------------------------------- modules

def make_module(name):
    w_mod = W_Module(name, {})
    BUILTIN_MODULES[name] = w_mod
    return w_mod


def mod_func(w_mod, name, fn):
    w_mod.dict_w[name] = W_BuiltinFunction(name, fn)


w_sys = make_module("sys")
w_math = make_module("math")
w_time = make_module("time")


class W_StdStream(W_Root):
    def __init__(self, fd):
        self.fd = fd

    def getclass(self):
        return w_stdstream_type


w_UnsupportedOperation = make_builtin_type("UnsupportedOperation", w_OSError, LAYOUT_EXCEPTION)
w_UnsupportedOperation.module = "io"
w_stdstream_type = make_builtin_type("TextIOWrapper", w_object_type, LAYOUT_BUILTIN)
w_sys_stdout = W_StdStream(1)
w_sys_stderr = W_StdStream(2)
w_sys_stdin = W_StdStream(0)
w_sys_modules = ec.w_sys_modules


def stream_readline(args):
    stdout.flush()
    return W_StrObject(read_stdin_line())


def stream_read(args):
    stdout.flush()
    parts = []
    while True:
        line = read_stdin_line()
        if line == "":
            break
        parts.append(line)
    return W_StrObject("".join(parts))


def stream_readlines(args):
    stdout.flush()
    items = []
    while True:
        line = read_stdin_line()
        if line == "":
            break
        items.append(W_StrObject(line))
    return W_ListObject(items)


class W_StdinIter(W_Iterator):
    def next(self):
        line = read_stdin_line()
        if line == "":
            return None
        return W_StrObject(line)


def stream_iter(args):
    stdout.flush()
    return W_StdinIter()


def stream_write(args):
    w_s = args.args_w[0]
    assert isinstance(w_s, W_StdStream)
    if len(args.args_w) != 2:
        raise oerr(w_TypeError, "write() takes exactly one argument")
    w_text = args.args_w[1]
    if not isinstance(w_text, W_StrObject):
        raise oerr(w_TypeError, "write() argument must be str, not %s" % type_name(w_text))
    if w_s.fd == 1:
        stdout.write(w_text.value)
    else:
        write_err(w_text.value)
    return W_IntObject(len(w_text.value))


def stream_flush(args):
    w_s = args.args_w[0]
    assert isinstance(w_s, W_StdStream)
    if w_s.fd == 1:
        stdout.flush()
    return w_None


class SystemExitRequest(Exception):
    pass


def sys_exit(args):
    w_code = w_None
    if len(args.args_w) > 0:
        w_code = args.args_w[0]
    raise OperationError(new_exception_args(w_SystemExit, [w_code] if len(args.args_w) > 0 else []))


def sys_getrecursionlimit(args):
    return W_IntObject(ec.recursion_limit)


def sys_setrecursionlimit(args):
    n = int_w(args.args_w[0])
    if n < 1:
        raise oerr(w_ValueError, "recursion limit must be greater or equal than 1")
    ec.recursion_limit = n
    return w_None


def sys_intern(args):
    return args.args_w[0]


def math_func1(args, name):
    check_args(args, name, 1, 1)
    return float_w(args.args_w[0])


def math_domain():
    return oerr(w_ValueError, "math domain error")


def m_sqrt(args):
    x = math_func1(args, "sqrt")
    if x < 0.0:
        raise math_domain()
    return W_FloatObject(math.sqrt(x))


def m_floor(args):
    check_args(args, "floor", 1, 1)
    w_x = args.args_w[0]
    if is_int(w_x):
        return int_pos(w_x)
    if isinstance(w_x, W_Instance):
        w_r = call_special(w_x, "__floor__", [])
        if w_r is not None:
            return w_r
    return int_of(W_FloatObject(formatting.float_floor(float_w(w_x))))


def m_ceil(args):
    check_args(args, "ceil", 1, 1)
    w_x = args.args_w[0]
    if is_int(w_x):
        return int_pos(w_x)
    if isinstance(w_x, W_Instance):
        w_r = call_special(w_x, "__ceil__", [])
        if w_r is not None:
            return w_r
    return int_of(W_FloatObject(formatting.float_ceil(float_w(w_x))))


def m_trunc(args):
    check_args(args, "trunc", 1, 1)
    return int_of(args.args_w[0])


def m_sin(args):
    return W_FloatObject(math.sin(math_func1(args, "sin")))


def m_cos(args):
    return W_FloatObject(math.cos(math_func1(args, "cos")))


def m_tan(args):
    return W_FloatObject(math.tan(math_func1(args, "tan")))


def m_asin(args):
    x = math_func1(args, "asin")
    if x < -1.0 or x > 1.0:
        raise math_domain()
    return W_FloatObject(math.atan2(x, math.sqrt(1.0 - x * x)))


def m_acos(args):
    x = math_func1(args, "acos")
    if x < -1.0 or x > 1.0:
        raise math_domain()
    return W_FloatObject(math.atan2(math.sqrt(1.0 - x * x), x))


def m_atan(args):
    return W_FloatObject(math.atan(math_func1(args, "atan")))


def m_atan2(args):
    check_args(args, "atan2", 2, 2)
    return W_FloatObject(math.atan2(float_w(args.args_w[0]), float_w(args.args_w[1])))


def safe_exp(x):
    try:
        return math.exp(x)
    except OverflowError:
        raise oerr(w_OverflowError, "math range error")


def m_exp(args):
    x = math_func1(args, "exp")
    r = safe_exp(x)
    if r == formatting.INF and x != formatting.INF:
        raise oerr(w_OverflowError, "math range error")
    return W_FloatObject(r)


def m_log(args):
    check_args(args, "log", 1, 2)
    w_x = args.args_w[0]
    x = log_of(w_x)
    if len(args.args_w) == 2:
        b = log_of(args.args_w[1])
        if b == 0.0:
            raise oerr(w_ZeroDivisionError, "float division by zero")
        return W_FloatObject(x / b)
    return W_FloatObject(x)


def log_of(w_x):
    if isinstance(w_x, W_LongObject):
        if w_x.num.sign <= 0:
            raise math_domain()
        nbits = w_x.num.bit_length()
        if nbits > 1000:
            shifted = w_x.num.rshift(nbits - 60)
            return math.log(shifted.tofloat()) + float(nbits - 60) * math.log(2.0)
    x = float_w(w_x)
    if x <= 0.0:
        raise math_domain()
    return math.log(x)


def m_log2(args):
    check_args(args, "log2", 1, 1)
    w_x = args.args_w[0]
    if is_int(w_x):
        num = bigint_w(w_x)
        if num.sign > 0:
            nb = num.bit_length()
            if BigInt.fromint(1).lshift(nb - 1).compare(num) == 0:
                return W_FloatObject(float(nb - 1))
    return W_FloatObject(log_of(w_x) / math.log(2.0))


def m_log10(args):
    check_args(args, "log10", 1, 1)
    x = log_of(args.args_w[0])
    return W_FloatObject(math.log10(float_w(args.args_w[0])) if not isinstance(args.args_w[0], W_LongObject) else x / math.log(10.0))


def m_pow(args):
    check_args(args, "pow", 2, 2)
    a = float_w(args.args_w[0])
    b = float_w(args.args_w[1])
    if a == 0.0 and b < 0.0:
        raise math_domain()
    if a < 0.0 and b != formatting.float_floor(b) and b == b:
        raise math_domain()
    try:
        r = formatting.float_pow(a, b)
    except OverflowError:
        raise oerr(w_OverflowError, "math range error")
    except ValueError:
        raise math_domain()
    if r == formatting.INF and a != formatting.INF and a != -formatting.INF and b != formatting.INF:
        raise oerr(w_OverflowError, "math range error")
    return W_FloatObject(r)


def m_fabs(args):
    return W_FloatObject(math.fabs(math_func1(args, "fabs")))


def m_hypot(args):
    s = 0.0
    for w_x in args.args_w:
        x = float_w(w_x)
        s += x * x
    return W_FloatObject(math.sqrt(s))


def m_isnan(args):
    x = math_func1(args, "isnan")
    return newbool(x != x)


def m_isinf(args):
    x = math_func1(args, "isinf")
    return newbool(x == formatting.INF or x == -formatting.INF)


def m_isfinite(args):
    x = math_func1(args, "isfinite")
    return newbool(x == x and x != formatting.INF and x != -formatting.INF)


def m_gcd(args):
    w_r = W_IntObject(0)
    for w_x in args.args_w:
        a = bigint_w(w_r).abs()
        b = bigint_w(w_x).abs()
        while not b.iszero():
            a, b = b, a.divmod(b)[1]
        w_r = newlong(a)
    return w_r


def m_lcm(args):
    w_r = W_IntObject(1)
    for w_x in args.args_w:
        a = bigint_w(w_r).abs()
        b = bigint_w(w_x).abs()
        if a.iszero() or b.iszero():
            w_r = W_IntObject(0)
            continue
        g = bigint_w(m_gcd(Args([newlong(a), newlong(b)], None, None)))
        w_r = newlong(a.mul(b).divmod(g)[0])
    return w_r


def m_factorial(args):
    check_args(args, "factorial", 1, 1)
    w_x = args.args_w[0]
    if not is_int(w_x):
        raise oerr(w_TypeError, "'%s' object cannot be interpreted as an integer" % type_name(w_x))
    n = int_w(w_x)
    if n < 0:
        raise oerr(w_ValueError, "factorial() not defined for negative values")
    r = BigInt.fromint(1)
    for i in range(2, n + 1):
        r = r.mul(BigInt.fromint(i))
    return newlong(r)


def m_isqrt(args):
    check_args(args, "isqrt", 1, 1)
    n = bigint_w(args.args_w[0])
    if n.sign < 0:
        raise oerr(w_ValueError, "isqrt() argument must be nonnegative")
    if n.iszero():
        return W_IntObject(0)
    x = BigInt.fromint(1).lshift((n.bit_length() + 1) // 2 + 1)
    while True:
        y = x.add(n.divmod(x)[0]).rshift(1)
        if y.compare(x) >= 0:
            return newlong(x)
        x = y


def m_copysign(args):
    check_args(args, "copysign", 2, 2)
    return W_FloatObject(math.copysign(float_w(args.args_w[0]), float_w(args.args_w[1])))


def m_fmod(args):
    check_args(args, "fmod", 2, 2)
    b = float_w(args.args_w[1])
    if b == 0.0:
        raise math_domain()
    return W_FloatObject(math.fmod(float_w(args.args_w[0]), b))


def m_degrees(args):
    return W_FloatObject(math_func1(args, "degrees") * 180.0 / math.pi)


def m_radians(args):
    return W_FloatObject(math_func1(args, "radians") * math.pi / 180.0)


def m_prod(args):
    w_acc = W_IntObject(1)
    w_start = args.get_kw("start")
    if w_start is not None:
        w_acc = w_start
    for w_x in list_from_iterable(args.args_w[0]):
        w_acc = binary_op(w_acc, w_x, OP_MUL)
    return w_acc


def m_fsum(args):
    # Shewchuk's exact summation (as CPython's msum)
    partials = []
    for w_x in list_from_iterable(args.args_w[0]):
        x = float_w(w_x)
        i = 0
        for j in range(len(partials)):
            y = partials[j]
            if math.fabs(x) < math.fabs(y):
                t = x
                x = y
                y = t
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        del partials[i:]
        partials.append(x)
    total = 0.0
    for p in partials:
        total += p
    return W_FloatObject(total)


def m_comb(args):
    check_args(args, "comb", 2, 2)
    n = int_w(args.args_w[0])
    k = int_w(args.args_w[1])
    if n < 0 or k < 0:
        raise oerr(w_ValueError, "n must be a non-negative integer" if n < 0 else "k must be a non-negative integer")
    if k > n:
        return W_IntObject(0)
    r = BigInt.fromint(1)
    for i in range(min(k, n - k)):
        r = r.mul(BigInt.fromint(n - i)).divmod(BigInt.fromint(i + 1))[0]
    return newlong(r)


def m_perm(args):
    check_args(args, "perm", 1, 2)
    n = int_w(args.args_w[0])
    k = n
    if len(args.args_w) == 2 and args.args_w[1] is not w_None:
        k = int_w(args.args_w[1])
    if k > n:
        return W_IntObject(0)
    r = BigInt.fromint(1)
    for i in range(k):
        r = r.mul(BigInt.fromint(n - i))
    return newlong(r)


def m_isclose(args):
    check_args(args, "isclose", 2, 2)
    a = float_w(args.args_w[0])
    b = float_w(args.args_w[1])
    rel_tol = 1e-09
    abs_tol = 0.0
    w_r = args.get_kw("rel_tol")
    if w_r is not None:
        rel_tol = float_w(w_r)
    w_a = args.get_kw("abs_tol")
    if w_a is not None:
        abs_tol = float_w(w_a)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise oerr(w_ValueError, "tolerances must be non-negative")
    if a == b:
        return w_True
    if a == formatting.INF or a == -formatting.INF or b == formatting.INF or b == -formatting.INF:
        return w_False
    diff = math.fabs(b - a)
    return newbool(diff <= math.fabs(rel_tol * b) or diff <= math.fabs(rel_tol * a) or diff <= abs_tol)


def m_log1p(args):
    x = math_func1(args, "log1p")
    if x <= -1.0:
        raise math_domain()
    u = 1.0 + x
    if u == 1.0:
        return W_FloatObject(x)
    return W_FloatObject(math.log(u) * x / (u - 1.0))


def m_expm1(args):
    x = math_func1(args, "expm1")
    if math.fabs(x) < 1e-5:
        return W_FloatObject(x + x * x / 2.0 + x * x * x / 6.0)
    return W_FloatObject(math.exp(x) - 1.0)


def m_sinh(args):
    x = math_func1(args, "sinh")
    return W_FloatObject((safe_exp(x) - safe_exp(-x)) / 2.0)


def m_cosh(args):
    x = math_func1(args, "cosh")
    return W_FloatObject((safe_exp(x) + safe_exp(-x)) / 2.0)


def m_tanh(args):
    x = math_func1(args, "tanh")
    if x > 20.0:
        return W_FloatObject(1.0)
    if x < -20.0:
        return W_FloatObject(-1.0)
    e2 = math.exp(2.0 * x)
    return W_FloatObject((e2 - 1.0) / (e2 + 1.0))


def m_dist(args):
    check_args(args, "dist", 2, 2)
    p = list_from_iterable(args.args_w[0])
    q = list_from_iterable(args.args_w[1])
    if len(p) != len(q):
        raise oerr(w_ValueError, "both points must have the same number of dimensions")
    s = 0.0
    for i in range(len(p)):
        d = float_w(p[i]) - float_w(q[i])
        s += d * d
    return W_FloatObject(math.sqrt(s))


def m_modf(args):
    x = math_func1(args, "modf")
    if x == formatting.INF or x == -formatting.INF:
        return W_TupleObject([W_FloatObject(math.copysign(0.0, x)), W_FloatObject(x)])
    if x >= 0.0:
        ip = formatting.float_floor(x)
    else:
        ip = -formatting.float_floor(-x)
    return W_TupleObject([W_FloatObject(math.copysign(x - ip, x)), W_FloatObject(ip)])


def m_frexp(args):
    x = math_func1(args, "frexp")
    m, e = formatting.frexp(x)
    return W_TupleObject([W_FloatObject(m), W_IntObject(e)])


def m_ldexp(args):
    check_args(args, "ldexp", 2, 2)
    x = float_w(args.args_w[0])
    e = int_w(args.args_w[1])
    r = formatting.ldexp(x, e)
    if (r == formatting.INF or r == -formatting.INF) and x != formatting.INF and x != -formatting.INF:
        raise oerr(w_OverflowError, "math range error")
    return W_FloatObject(r)


def m_asinh(args):
    x = math_func1(args, "asinh")
    return W_FloatObject(math.log(x + math.sqrt(x * x + 1.0)))


def m_acosh(args):
    x = math_func1(args, "acosh")
    if x < 1.0:
        raise math_domain()
    return W_FloatObject(math.log(x + math.sqrt(x * x - 1.0)))


def m_atanh(args):
    x = math_func1(args, "atanh")
    if x <= -1.0 or x >= 1.0:
        raise math_domain()
    return W_FloatObject(0.5 * math.log((1.0 + x) / (1.0 - x)))


def t_time(args):
    return W_FloatObject(time.time())


def t_perf_counter(args):
    return W_FloatObject(time.perf_counter())


def t_sleep(args):
    """time.sleep: waits by watching the clock (the toolchain has no sleep yet)."""
    check_args(args, "sleep", 1, 1)
    secs = float_w(args.args_w[0])
    if secs < 0.0:
        raise oerr(w_ValueError, "sleep length must be non-negative")
    stdout.flush()
    end = time.perf_counter() + secs
    while time.perf_counter() < end:
        pass
    return w_None


# ---------------------------------------------------------------- setup

def setup():
    builtin("print", b_print)
    builtin("len", b_len)
    builtin("repr", b_repr)
    builtin("ascii", b_ascii)
    builtin("isinstance", b_isinstance)
    builtin("issubclass", b_issubclass)
    builtin("abs", b_abs)
    builtin("min", b_min)
    builtin("max", b_max)
    builtin("sum", b_sum)
    builtin("iter", b_iter)
    builtin("next", b_next)
    builtin("hash", b_hash)
    builtin("id", b_id)
    builtin("ord", b_ord)
    builtin("chr", b_chr)
    builtin("bin", b_bin)
    builtin("oct", b_oct)
    builtin("hex", b_hex)
    builtin("divmod", b_divmod)
    builtin("pow", b_pow)
    builtin("round", b_round)
    builtin("callable", b_callable)
    builtin("getattr", b_getattr)
    builtin("setattr", b_setattr)
    builtin("delattr", b_delattr)
    builtin("hasattr", b_hasattr)
    builtin("input", b_input)
    builtin("format", b_format)
    builtin("vars", b_vars)
    builtin("dir", b_dir)
    builtin("open", b_open)
    builtin("enumerate", b_enumerate)
    builtin("zip", b_zip)
    builtin("map", b_map)
    builtin("filter", b_filter)
    builtin("reversed", b_reversed)
    builtin("any", b_any)
    builtin("all", b_all)
    builtin("sorted", b_sorted)
    builtin("globals", b_globals)
    builtin("locals", b_locals)
    builtin("exec", b_exec)
    builtin("eval", b_exec)
    for w_t in [w_object_type, w_int_type, w_bool_type, w_float_type, w_str_type,
                w_bytes_type, objspace.w_bytearray_type, w_tuple_type, w_list_type, w_dict_type, w_set_type,
                w_frozenset_type, w_range_type, w_slice_type, w_type_type, w_property_type,
                w_staticmethod_type, w_classmethod_type, w_super_type]:
        BUILTINS[w_t.name] = w_t
    for w_t in ALL_EXCEPTION_TYPES:
        BUILTINS[w_t.name] = w_t
    BUILTINS["EnvironmentError"] = w_OSError
    BUILTINS["IOError"] = w_OSError
    BUILTINS["None"] = w_None
    BUILTINS["NotImplemented"] = w_NotImplemented
    BUILTINS["Ellipsis"] = w_Ellipsis
    BUILTINS["__name__"] = W_StrObject("builtins")
    set_new(w_object_type, new_object)
    set_new(w_int_type, new_int)
    set_new(w_bool_type, new_bool)
    set_new(w_float_type, new_float)
    set_new(w_str_type, new_str)
    set_new(w_bytes_type, new_bytes)
    set_new(objspace.w_bytearray_type, new_bytearray)
    set_new(w_list_type, new_list)
    set_new(w_tuple_type, new_tuple)
    set_new(w_dict_type, new_dict)
    set_new(w_set_type, new_set)
    set_new(w_frozenset_type, new_frozenset)
    set_new(w_range_type, new_range)
    set_new(w_slice_type, new_slice)
    set_new(w_property_type, new_property)
    set_new(w_staticmethod_type, new_staticmethod)
    set_new(w_classmethod_type, new_classmethod)
    set_new(w_super_type, new_super)
    set_new(w_type_type, new_type)
    method(w_object_type, "__init__", obj_init)
    for w_t in [w_list_type, w_dict_type, w_set_type, w_int_type, w_float_type, w_str_type,
                w_tuple_type, w_frozenset_type, w_bytes_type]:
        w_t.dict_w["__new__"] = W_StaticMethod(W_BuiltinFunction("__new__", builtin_subnew))
    method(w_list_type, "__init__", list_init)
    method(w_dict_type, "__init__", dict_init)
    method(w_set_type, "__init__", set_init)
    method(w_float_type, "__float__", float_float)
    method(w_object_type, "__eq__", obj_eq)
    method(w_object_type, "__ne__", obj_ne)
    method(w_object_type, "__repr__", obj_repr)
    method(w_object_type, "__str__", obj_str)
    method(w_object_type, "__hash__", obj_hash)
    method(w_object_type, "__setattr__", obj_setattr)
    method(w_object_type, "__getattribute__", obj_getattribute)
    method(w_object_type, "__delattr__", obj_delattr)
    method(w_object_type, "__format__", obj_format)
    method(w_object_type, "__init_subclass__", obj_init_subclass)
    w_object_type.dict_w["__new__"] = W_StaticMethod(W_BuiltinFunction("__new__", obj_new))
    method(w_BaseException, "__init__", exc_init)
    method(w_BaseException, "__str__", exc_str)
    method(w_BaseException, "__repr__", exc_repr)
    method(w_BaseException, "with_traceback", exc_with_traceback)
    method(w_BaseException, "add_note", exc_add_note)
    method(w_property_type, "setter", prop_setter)
    method(w_property_type, "getter", prop_getter)
    method(w_property_type, "deleter", prop_deleter)
    method(w_file_type, "read", f_read)
    method(w_file_type, "readline", f_readline)
    method(w_file_type, "readlines", f_readlines)
    method(w_file_type, "write", f_write)
    method(w_file_type, "close", f_close)
    method(w_file_type, "__enter__", f_enter)
    method(w_file_type, "__exit__", f_exit)
    method(w_file_type, "__iter__", f_iter)
    method(w_file_type, "writelines", f_writelines)
    method(w_file_type, "flush", f_flush)
    w_file_type.dict_w["closed"] = W_Property(W_BuiltinFunction("closed", f_closed), None, None, w_None)
    w_file_type.dict_w["name"] = W_Property(W_BuiltinFunction("name", f_name), None, None, w_None)
    w_file_type.dict_w["mode"] = W_Property(W_BuiltinFunction("mode", f_mode), None, None, w_None)
    method(w_stdstream_type, "write", stream_write)
    method(w_stdstream_type, "flush", stream_flush)
    # sys
    w_sys.dict_w["stdout"] = w_sys_stdout
    w_sys.dict_w["stderr"] = w_sys_stderr
    w_sys.dict_w["maxsize"] = W_IntObject(9223372036854775807)
    w_sys.dict_w["version"] = W_StrObject("3.11.0 (pyvm)")
    w_sys.dict_w["platform"] = W_StrObject("linux")
    mod_func(w_sys, "exit", sys_exit)
    w_sys.dict_w["stdin"] = w_sys_stdin
    w_sys.dict_w["version_info"] = W_TupleObject([W_IntObject(3), W_IntObject(11), W_IntObject(0), W_StrObject("final"), W_IntObject(0)])
    w_sys.dict_w["modules"] = w_sys_modules
    w_sys_modules.setitem(W_StrObject("sys"), w_sys)
    w_sys.dict_w["byteorder"] = W_StrObject("little")
    w_fi = W_Module("float_info", {})
    w_fi.dict_w["max"] = W_FloatObject(1.7976931348623157e+308)
    w_fi.dict_w["min"] = W_FloatObject(2.2250738585072014e-308)
    w_fi.dict_w["epsilon"] = W_FloatObject(2.220446049250313e-16)
    w_fi.dict_w["dig"] = W_IntObject(15)
    w_fi.dict_w["mant_dig"] = W_IntObject(53)
    w_fi.dict_w["max_exp"] = W_IntObject(1024)
    w_fi.dict_w["min_exp"] = W_IntObject(-1021)
    w_sys.dict_w["float_info"] = w_fi
    method(w_stdstream_type, "read", stream_read)
    method(w_stdstream_type, "readline", stream_readline)
    method(w_stdstream_type, "readlines", stream_readlines)
    method(w_stdstream_type, "__iter__", stream_iter)
    mod_func(w_sys, "getrecursionlimit", sys_getrecursionlimit)
    mod_func(w_sys, "setrecursionlimit", sys_setrecursionlimit)
    mod_func(w_sys, "intern", sys_intern)
    # math
    w_math.dict_w["pi"] = W_FloatObject(math.pi)
    w_math.dict_w["e"] = W_FloatObject(math.e)
    w_math.dict_w["tau"] = W_FloatObject(2.0 * math.pi)
    w_math.dict_w["inf"] = W_FloatObject(formatting.INF)
    w_math.dict_w["nan"] = W_FloatObject(formatting.NAN)
    mod_func(w_math, "sqrt", m_sqrt)
    mod_func(w_math, "floor", m_floor)
    mod_func(w_math, "ceil", m_ceil)
    mod_func(w_math, "trunc", m_trunc)
    mod_func(w_math, "sin", m_sin)
    mod_func(w_math, "cos", m_cos)
    mod_func(w_math, "tan", m_tan)
    mod_func(w_math, "asin", m_asin)
    mod_func(w_math, "acos", m_acos)
    mod_func(w_math, "atan", m_atan)
    mod_func(w_math, "atan2", m_atan2)
    mod_func(w_math, "exp", m_exp)
    mod_func(w_math, "log", m_log)
    mod_func(w_math, "log2", m_log2)
    mod_func(w_math, "log10", m_log10)
    mod_func(w_math, "pow", m_pow)
    mod_func(w_math, "fabs", m_fabs)
    mod_func(w_math, "hypot", m_hypot)
    mod_func(w_math, "isnan", m_isnan)
    mod_func(w_math, "isinf", m_isinf)
    mod_func(w_math, "isfinite", m_isfinite)
    mod_func(w_math, "gcd", m_gcd)
    mod_func(w_math, "lcm", m_lcm)
    mod_func(w_math, "factorial", m_factorial)
    mod_func(w_math, "isqrt", m_isqrt)
    mod_func(w_math, "copysign", m_copysign)
    mod_func(w_math, "fmod", m_fmod)
    mod_func(w_math, "degrees", m_degrees)
    mod_func(w_math, "radians", m_radians)
    mod_func(w_math, "prod", m_prod)
    mod_func(w_math, "fsum", m_fsum)
    mod_func(w_math, "comb", m_comb)
    mod_func(w_math, "perm", m_perm)
    mod_func(w_math, "isclose", m_isclose)
    mod_func(w_math, "log1p", m_log1p)
    mod_func(w_math, "expm1", m_expm1)
    mod_func(w_math, "sinh", m_sinh)
    mod_func(w_math, "cosh", m_cosh)
    mod_func(w_math, "tanh", m_tanh)
    mod_func(w_math, "asinh", m_asinh)
    mod_func(w_math, "acosh", m_acosh)
    mod_func(w_math, "atanh", m_atanh)
    mod_func(w_math, "dist", m_dist)
    mod_func(w_math, "modf", m_modf)
    mod_func(w_math, "frexp", m_frexp)
    mod_func(w_math, "ldexp", m_ldexp)
    # time
    mod_func(w_time, "time", t_time)
    mod_func(w_time, "perf_counter", t_perf_counter)
    mod_func(w_time, "monotonic", t_perf_counter)
    mod_func(w_time, "process_time", t_perf_counter)
    mod_func(w_time, "sleep", t_sleep)


setup()
import typemethods
typemethods.setup()
objspace.type_epoch.bump()   # the builtin classes' namespaces are complete
