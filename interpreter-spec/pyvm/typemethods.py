"""The methods of the builtin types: str, list, dict, set, tuple, int, float, bytes, bytearray
and generators.  Each is ``f(args)`` with the receiver as args.args_w[0]."""

import math

from objspace import (Args, BINOP_NAMES, BINOP_RNAMES, BigInt, CMP_EQ, CMP_GE, CMP_GT, CMP_LE,
    CMP_LT, CMP_NE, OP_ADD, OP_AND, OP_MATMUL, OP_MUL, OP_OR, OP_SUB, OP_XOR, OperationError,
    UNARY_NEG, VIEW_ITEMS, VIEW_KEYS, VIEW_VALUES, W_BuiltinFunction, W_BytearrayObject,
    W_BytesObject, W_ClassMethod, W_DictObject, W_DictView, W_FloatObject, W_IntObject,
    W_Iterator, W_ListObject, W_SetObject, W_SliceObject, W_StaticMethod, W_StrObject,
    W_TupleObject, W_TypeObject, bigint, bigint_w, binary_op, byte_w, bytes_like, compare,
    contains_w, delitem_w, eq_w, float_w, formatting, getitem_w, hash_w, int_pos, int_w, is_int,
    is_number, is_true, isinstance_w, iter_w, len_w, list_from_iterable, new_bytes_like,
    new_exception_args, newbool, newbytearray, newlong, next_w, oerr, oerr_noargs, repr_w,
    set_binop, set_issubset, setitem_w, slice_indices, str_of, str_w, type_name, unary_op,
    w_False, w_IndexError, w_KeyError, w_LookupError, w_None, w_NotImplemented, w_OverflowError,
    w_StopIteration, w_True, w_TypeError, w_ValueError, w_bytearray_type, w_bytes_type,
    w_dict_items_type, w_dict_keys_type, w_dict_type, w_dict_values_type, w_float_type,
    w_frozenset_type, w_generator_type, w_int_type, w_iterator_type, w_list_type, w_range_type,
    w_set_type, w_slice_type, w_str_type, w_tuple_type, w_type_type)
import objspace
import formatting
import strformat
from bigint import BigInt
from interpreter import W_Generator
from pybuiltins import method, check_args, arg_or_none, sort_list, sort_options, int_of, decode_utf8, dict_update_one, stdout, encode_str, decode_bytes


def nargs(args, name, lo, hi):
    n = len(args.args_w) - 1
    if n < lo or n > hi:
        if lo == hi:
            if lo == 0:
                raise oerr(w_TypeError, "%s() takes no arguments (%d given)" % (name, n))
            if lo == 1:
                raise oerr(w_TypeError, "%s() takes exactly one argument (%d given)" % (name, n))
            raise oerr(w_TypeError, "%s expected %d arguments, got %d" % (name, lo, n))
        if name in TAKES_STYLE:
            if n < lo:
                raise oerr(w_TypeError, "%s() takes at least %d argument%s (%d given)" % (name, lo, "" if lo == 1 else "s", n))
            raise oerr(w_TypeError, "%s() takes at most %d argument%s (%d given)" % (name, hi, "" if hi == 1 else "s", n))
        if n < lo:
            raise oerr(w_TypeError, "%s expected at least %d argument%s, got %d" % (name, lo, "" if lo == 1 else "s", n))
        raise oerr(w_TypeError, "%s expected at most %d argument%s, got %d" % (name, hi, "" if hi == 1 else "s", n))


TAKES_STYLE = {"count": True, "find": True, "rfind": True, "index": True, "rindex": True,
               "startswith": True, "endswith": True}


# ---------------------------------------------------------------- str

def str_self(args, name):
    w_s = args.args_w[0]
    if not isinstance(w_s, W_StrObject):
        raise oerr(w_TypeError, "descriptor '%s' requires a 'str' object but received a '%s'" % (name, type_name(w_s)))
    return w_s.value


def str_arg(w_x, what):
    if not isinstance(w_x, W_StrObject):
        raise oerr(w_TypeError, "%s, not %s" % (what, type_name(w_x)))
    return w_x.value


def opt_str_arg(args, i, kw):
    w_x = arg_or_none(args, i, kw)
    if w_x is None or w_x is w_None:
        return None
    return str_arg(w_x, "must be str or None")


def s_split(args):
    return do_split(args, False)


def do_split(args, ascii):
    """str.split, or bytes.split if ``ascii`` (only ASCII whitespace separates)."""
    s = str_self(args, "split")
    sep = opt_str_arg(args, 1, "sep")
    maxsplit = -1
    w_m = arg_or_none(args, 2, "maxsplit")
    if w_m is not None:
        maxsplit = int_w(w_m)
    if sep is None:
        parts = split_whitespace(s, maxsplit, ascii)
    else:
        if sep == "":
            raise oerr(w_ValueError, "empty separator")
        parts = s.split(sep, maxsplit)
    return W_ListObject([W_StrObject(p) for p in parts])


def is_space(c, ascii):
    """c.isspace(), or only ASCII whitespace (what bytes methods see as space) if ``ascii``."""
    if ord(c) < 128:
        return c == ' ' or ('\t' <= c and c <= '\r') or (not ascii and '\x1c' <= c and c <= '\x1f')
    return not ascii and c.isspace()


def split_whitespace(s, maxsplit, ascii):
    parts = []
    i = 0
    n = len(s)
    while True:
        while i < n and is_space(s[i], ascii):
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            parts.append(s[i:n])
            break
        j = i
        while j < n and not is_space(s[j], ascii):
            j += 1
        parts.append(s[i:j])
        i = j
    return parts


def s_rsplit(args):
    return do_rsplit(args, False)


def do_rsplit(args, ascii):
    """str.rsplit, or bytes.rsplit if ``ascii``."""
    s = str_self(args, "rsplit")
    sep = opt_str_arg(args, 1, "sep")
    maxsplit = -1
    w_m = arg_or_none(args, 2, "maxsplit")
    if w_m is not None:
        maxsplit = int_w(w_m)
    if sep is None:
        if maxsplit < 0:
            parts = split_whitespace(s, -1, ascii)
        else:
            # split from the right
            parts = []
            j = len(s)
            while True:
                while j > 0 and is_space(s[j - 1], ascii):
                    j -= 1
                if j <= 0:
                    break
                if len(parts) == maxsplit:
                    parts.append(s[0:j])
                    break
                i = j
                while i > 0 and not is_space(s[i - 1], ascii):
                    i -= 1
                parts.append(s[i:j])
                j = i
            parts.reverse()
    else:
        if sep == "":
            raise oerr(w_ValueError, "empty separator")
        parts = s.rsplit(sep, maxsplit)
    return W_ListObject([W_StrObject(p) for p in parts])


def s_splitlines(args):
    return do_splitlines(args, False)


def do_splitlines(args, ascii):
    """str.splitlines, or bytes.splitlines if ``ascii`` (only \\n, \\r and \\r\\n end lines)."""
    s = str_self(args, "splitlines")
    keepends = False
    w_k = arg_or_none(args, 1, "keepends")
    if w_k is not None:
        keepends = is_true(w_k)
    parts = []
    i = 0
    n = len(s)
    start = 0
    while i < n:
        c = s[i]
        if c == '\n' or c == '\r' or (not ascii and (c == '\x0b' or c == '\x0c' or c == '\x1c' or c == '\x1d' or c == '\x1e' or c == '\x85' or c == '\u2028' or c == '\u2029')):
            end = i
            i += 1
            if c == '\r' and i < n and s[i] == '\n':
                i += 1
            if keepends:
                parts.append(W_StrObject(s[start:i]))
            else:
                parts.append(W_StrObject(s[start:end]))
            start = i
        else:
            i += 1
    if start < n:
        parts.append(W_StrObject(s[start:]))
    return W_ListObject(parts)


def s_join(args):
    sep = str_self(args, "join")
    nargs(args, "join", 1, 1)
    items = list_from_iterable(args.args_w[1])
    parts = []
    for i in range(len(items)):
        w_x = items[i]
        if not isinstance(w_x, W_StrObject):
            raise oerr(w_TypeError, "sequence item %d: expected str instance, %s found" % (i, type_name(w_x)))
        parts.append(w_x.value)
    return W_StrObject(sep.join(parts))


def strip_chars(args, name):
    w_c = arg_or_none(args, 1, "chars")
    if w_c is None or w_c is w_None:
        return None
    return str_arg(w_c, "%s arg must be None or str" % name)


def do_strip(s, chars, left, right, ascii):
    """s without the characters of ``chars`` (whitespace, ASCII only if ``ascii``, if None) at its
    left and/or right end."""
    i = 0
    j = len(s)
    if left:
        while i < j and (is_space(s[i], ascii) if chars is None else s[i] in chars):
            i += 1
    if right:
        while j > i and (is_space(s[j - 1], ascii) if chars is None else s[j - 1] in chars):
            j -= 1
    return s[i:j]


def strip_method(args, name, left, right, ascii):
    s = str_self(args, name)
    return W_StrObject(do_strip(s, strip_chars(args, name), left, right, ascii))


def s_strip(args):
    return strip_method(args, "strip", True, True, False)


def s_lstrip(args):
    return strip_method(args, "lstrip", True, False, False)


def s_rstrip(args):
    return strip_method(args, "rstrip", False, True, False)


def s_replace(args):
    s = str_self(args, "replace")
    nargs(args, "replace", 2, 3)
    old = str_arg(args.args_w[1], "replace() argument 1 must be str")
    new = str_arg(args.args_w[2], "replace() argument 2 must be str")
    count = -1
    if len(args.args_w) > 3:
        count = int_w(args.args_w[3])
    if old == "":
        if count < 0:
            count = len(s) + 1
        out = []
        k = 0
        for c in s:
            if k < count:
                out.append(new)
                k += 1
            out.append(c)
        if k < count:
            out.append(new)
        return W_StrObject("".join(out))
    if count < 0:
        return W_StrObject(s.replace(old, new))
    out = []
    i = 0
    k = 0
    while k < count:
        j = s.find(old, i)
        if j < 0:
            break
        out.append(s[i:j])
        out.append(new)
        i = j + len(old)
        k += 1
    out.append(s[i:])
    return W_StrObject("".join(out))


def find_range(args, length):
    start = 0
    end = length
    if len(args.args_w) > 2 and args.args_w[2] is not w_None:
        start = int_w(args.args_w[2])
        if start < 0:
            start += length
            if start < 0:
                start = 0
    if len(args.args_w) > 3 and args.args_w[3] is not w_None:
        end = int_w(args.args_w[3])
        if end < 0:
            end += length
            if end < 0:
                end = 0
        elif end > length:
            end = length
    return start, end


def do_find(args, name, reverse):
    s = str_self(args, name)
    nargs(args, name, 1, 3)
    sub = str_arg(args.args_w[1], "must be str")
    start, end = find_range(args, len(s))
    if start > len(s) or start > end:
        return -1
    if reverse:
        return s.rfind(sub, start, end)
    return s.find(sub, start, end)


def s_find(args):
    return W_IntObject(do_find(args, "find", False))


def s_rfind(args):
    return W_IntObject(do_find(args, "rfind", True))


def s_index(args):
    r = do_find(args, "index", False)
    if r < 0:
        raise oerr(w_ValueError, "substring not found")
    return W_IntObject(r)


def s_rindex(args):
    r = do_find(args, "rindex", True)
    if r < 0:
        raise oerr(w_ValueError, "substring not found")
    return W_IntObject(r)


def s_count(args):
    s = str_self(args, "count")
    nargs(args, "count", 1, 3)
    sub = str_arg(args.args_w[1], "must be str")
    start, end = find_range(args, len(s))
    if start > len(s) or start > end:
        return W_IntObject(0)
    if sub == "":
        return W_IntObject(end - start + 1)
    return W_IntObject(s.count(sub, start, end))


def affix_check(args, name, prefix):
    s = str_self(args, name)
    nargs(args, name, 1, 3)
    start, end = find_range(args, len(s))
    w_p = args.args_w[1]
    if start > len(s):
        return w_False
    sub = s[start:end] if start <= end else ""
    if isinstance(w_p, W_TupleObject):
        for w_x in w_p.items:
            x = str_arg(w_x, "tuple for %s must only contain str" % name)
            if (sub.startswith(x) if prefix else sub.endswith(x)):
                return w_True
        return w_False
    if not isinstance(w_p, W_StrObject):
        raise oerr(w_TypeError, "%s first arg must be str or a tuple of str, not %s" % (name, type_name(w_p)))
    if prefix:
        return newbool(sub.startswith(w_p.value))
    return newbool(sub.endswith(w_p.value))


def s_startswith(args):
    return affix_check(args, "startswith", True)


def s_endswith(args):
    return affix_check(args, "endswith", False)


def s_upper(args):
    return W_StrObject(str_self(args, "upper").upper())


def s_lower(args):
    return W_StrObject(str_self(args, "lower").lower())


def s_casefold(args):
    return W_StrObject(str_self(args, "casefold").casefold())


def s_swapcase(args):
    return W_StrObject(str_self(args, "swapcase").swapcase())


def s_capitalize(args):
    return W_StrObject(str_self(args, "capitalize").capitalize())


def s_title(args):
    return W_StrObject(str_self(args, "title").title())


def s_isdigit(args):
    s = str_self(args, "isdigit")
    return newbool(len(s) > 0 and s.isdigit())


def s_isnumeric(args):
    return newbool(str_self(args, "isnumeric").isnumeric())


def s_isdecimal(args):
    return newbool(str_self(args, "isdecimal").isdecimal())


def s_isalpha(args):
    s = str_self(args, "isalpha")
    return newbool(len(s) > 0 and s.isalpha())


def s_isalnum(args):
    s = str_self(args, "isalnum")
    return newbool(len(s) > 0 and s.isalnum())


def s_isspace(args):
    s = str_self(args, "isspace")
    if len(s) == 0:
        return w_False
    for c in s:
        if not is_space(c, False):
            return w_False
    return w_True


def s_isupper(args):
    s = str_self(args, "isupper")
    return newbool(s.isupper())


def s_islower(args):
    s = str_self(args, "islower")
    return newbool(s.islower())


def s_istitle(args):
    return newbool(str_self(args, "istitle").istitle())


def s_isidentifier(args):
    s = str_self(args, "isidentifier")
    if len(s) == 0:
        return w_False
    if not (s[0] == '_' or s[0].isalpha()):
        return w_False
    for c in s:
        if not (c == '_' or c.isalnum()):
            return w_False
    return w_True


def s_isascii(args):
    s = str_self(args, "isascii")
    for c in s:
        if ord(c) > 127:
            return w_False
    return w_True


def s_isprintable(args):
    s = str_self(args, "isprintable")
    for c in s:
        if not formatting.is_printable(c):
            return w_False
    return w_True


def fill_arg(args, name):
    fill = " "
    if len(args.args_w) > 2:
        fill = str_arg(args.args_w[2], "The fill character must be a unicode character")
        if len(fill) != 1:
            raise oerr(w_TypeError, "The fill character must be exactly one character long")
    return fill


def s_center(args):
    s = str_self(args, "center")
    nargs(args, "center", 1, 2)
    width = int_w(args.args_w[1])
    fill = fill_arg(args, "center")
    n = width - len(s)
    if n <= 0:
        return W_StrObject(s)
    left = n // 2 + (n & width & 1)
    return W_StrObject(fill * left + s + fill * (n - left))


def s_ljust(args):
    s = str_self(args, "ljust")
    nargs(args, "ljust", 1, 2)
    width = int_w(args.args_w[1])
    fill = fill_arg(args, "ljust")
    if width <= len(s):
        return W_StrObject(s)
    return W_StrObject(s + fill * (width - len(s)))


def s_rjust(args):
    s = str_self(args, "rjust")
    nargs(args, "rjust", 1, 2)
    width = int_w(args.args_w[1])
    fill = fill_arg(args, "rjust")
    if width <= len(s):
        return W_StrObject(s)
    return W_StrObject(fill * (width - len(s)) + s)


def s_zfill(args):
    s = str_self(args, "zfill")
    nargs(args, "zfill", 1, 1)
    width = int_w(args.args_w[1])
    if width <= len(s):
        return W_StrObject(s)
    pad = "0" * (width - len(s))
    if len(s) > 0 and (s[0] == '+' or s[0] == '-'):
        return W_StrObject(s[0] + pad + s[1:])
    return W_StrObject(pad + s)


def s_format(args):
    s = str_self(args, "format")
    return W_StrObject(strformat.str_format(s, args.args_w[1:], args.kwnames, args.kwvalues))


def s_format_map(args):
    s = str_self(args, "format_map")
    w_m = args.args_w[1]
    assert isinstance(w_m, W_DictObject)
    names = []
    values = []
    for w_k in w_m.table.keys():
        names.append(str_w(w_k))
        w_v = w_m.getitem(w_k)
        assert w_v is not None
        values.append(w_v)
    return W_StrObject(strformat.str_format(s, [], names, values))


def s_partition(args):
    s = str_self(args, "partition")
    sep = str_arg(args.args_w[1], "must be str")
    if sep == "":
        raise oerr(w_ValueError, "empty separator")
    i = s.find(sep)
    if i < 0:
        return W_TupleObject([W_StrObject(s), W_StrObject(""), W_StrObject("")])
    return W_TupleObject([W_StrObject(s[:i]), W_StrObject(sep), W_StrObject(s[i + len(sep):])])


def s_rpartition(args):
    s = str_self(args, "rpartition")
    sep = str_arg(args.args_w[1], "must be str")
    if sep == "":
        raise oerr(w_ValueError, "empty separator")
    i = s.rfind(sep)
    if i < 0:
        return W_TupleObject([W_StrObject(""), W_StrObject(""), W_StrObject(s)])
    return W_TupleObject([W_StrObject(s[:i]), W_StrObject(sep), W_StrObject(s[i + len(sep):])])


def s_removeprefix(args):
    s = str_self(args, "removeprefix")
    p = str_arg(args.args_w[1], "must be str")
    if s.startswith(p):
        return W_StrObject(s[len(p):])
    return W_StrObject(s)


def s_removesuffix(args):
    s = str_self(args, "removesuffix")
    p = str_arg(args.args_w[1], "must be str")
    if len(p) > 0 and s.endswith(p):
        return W_StrObject(s[:len(s) - len(p)])
    return W_StrObject(s)


def s_encode(args):
    s = str_self(args, "encode")
    w_enc = arg_or_none(args, 1, "encoding")
    w_err = arg_or_none(args, 2, "errors")
    enc = "utf-8" if w_enc is None else str_w(w_enc)
    err = "strict" if w_err is None else str_w(w_err)
    return W_BytesObject(encode_str(s, enc, err))


def s_expandtabs(args):
    s = str_self(args, "expandtabs")
    tab = 8
    if len(args.args_w) > 1:
        tab = int_w(args.args_w[1])
    out = []
    col = 0
    for c in s:
        if c == '\t':
            if tab > 0:
                n = tab - col % tab
                out.append(" " * n)
                col += n
        elif c == '\n' or c == '\r':
            out.append(c)
            col = 0
        else:
            out.append(c)
            col += 1
    return W_StrObject("".join(out))


def s_maketrans(args):
    w_d = W_DictObject()
    a = args.args_w
    if len(a) == 1:
        w_src = a[0]
        if not isinstance(w_src, W_DictObject):
            raise oerr(w_TypeError, "if you give only one argument to maketrans it must be a dict")
        for w_k in w_src.table.keys():
            w_v = w_src.getitem(w_k)
            assert w_v is not None
            if isinstance(w_k, W_StrObject):
                w_d.setitem(W_IntObject(ord(w_k.value[0])), w_v)
            else:
                w_d.setitem(w_k, w_v)
        return w_d
    x = str_w(a[0])
    y = str_w(a[1])
    if len(x) != len(y):
        raise oerr(w_ValueError, "the first two maketrans arguments must have equal length")
    for i in range(len(x)):
        w_d.setitem(W_IntObject(ord(x[i])), W_IntObject(ord(y[i])))
    if len(a) > 2:
        for c in str_w(a[2]):
            w_d.setitem(W_IntObject(ord(c)), w_None)
    return w_d


def s_translate(args):
    s = str_self(args, "translate")
    w_table = args.args_w[1]
    out = []
    for c in s:
        w_r = None
        try:
            w_r = getitem_w(w_table, W_IntObject(ord(c)))
        except OperationError as e:
            if not isinstance_w(e.w_value, w_LookupError):
                raise
            w_r = None
        if w_r is None:
            out.append(c)
        elif w_r is w_None:
            pass
        elif isinstance(w_r, W_IntObject):
            out.append(chr(w_r.intval))
        else:
            out.append(str_w(w_r))
    return W_StrObject("".join(out))


def s_dunder_len(args):
    return W_IntObject(len(str_self(args, "__len__")))


def s_dunder_contains(args):
    return newbool(contains_w(args.args_w[0], args.args_w[1]))


def s_dunder_getitem(args):
    return getitem_w(args.args_w[0], args.args_w[1])


def s_dunder_add(args):
    return binary_op(args.args_w[0], args.args_w[1], OP_ADD)


def s_dunder_mul(args):
    return binary_op(args.args_w[0], args.args_w[1], OP_MUL)


def s_dunder_mod(args):
    return W_StrObject(strformat.percent_format(str_self(args, "__mod__"), args.args_w[1]))


def generic_eq(args):
    return compare(args.args_w[0], args.args_w[1], CMP_EQ)


def generic_ne(args):
    return compare(args.args_w[0], args.args_w[1], CMP_NE)


def generic_lt(args):
    return compare(args.args_w[0], args.args_w[1], CMP_LT)


def generic_le(args):
    return compare(args.args_w[0], args.args_w[1], CMP_LE)


def generic_gt(args):
    return compare(args.args_w[0], args.args_w[1], CMP_GT)


def generic_ge(args):
    return compare(args.args_w[0], args.args_w[1], CMP_GE)


def generic_hash(args):
    return W_IntObject(hash_w(args.args_w[0]))


def generic_repr(args):
    return W_StrObject(repr_w(args.args_w[0]))


def generic_str(args):
    return W_StrObject(str_of(args.args_w[0]))


def generic_len(args):
    return W_IntObject(len_w(args.args_w[0]))


def generic_iter(args):
    return iter_w(args.args_w[0])


def generic_contains(args):
    return newbool(contains_w(args.args_w[0], args.args_w[1]))


def generic_getitem(args):
    return getitem_w(args.args_w[0], args.args_w[1])


def generic_setitem(args):
    setitem_w(args.args_w[0], args.args_w[1], args.args_w[2])
    return w_None


def generic_delitem(args):
    delitem_w(args.args_w[0], args.args_w[1])
    return w_None


def generic_format(args):
    return W_StrObject(strformat.format_w(args.args_w[0], str_w(args.args_w[1])))


def generic_bool(args):
    return newbool(is_true(args.args_w[0]))


# ---------------------------------------------------------------- list

def list_self(args, name):
    w_l = args.args_w[0]
    if not isinstance(w_l, W_ListObject):
        raise oerr(w_TypeError, "descriptor '%s' for 'list' objects doesn't apply to a '%s' object" % (name, type_name(w_l)))
    return w_l


def l_append(args):
    w_l = list_self(args, "append")
    nargs(args, "list.append", 1, 1)
    w_l.items.append(args.args_w[1])
    return w_None


def l_extend(args):
    w_l = list_self(args, "extend")
    nargs(args, "list.extend", 1, 1)
    w_l.items.extend(list_from_iterable(args.args_w[1]))
    return w_None


def l_pop(args):
    w_l = list_self(args, "pop")
    nargs(args, "pop", 0, 1)
    n = len(w_l.items)
    if n == 0:
        raise oerr(w_IndexError, "pop from empty list")
    i = n - 1
    if len(args.args_w) > 1:
        i = int_w(args.args_w[1])
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise oerr(w_IndexError, "pop index out of range")
    return w_l.items.pop(i)


def l_insert(args):
    w_l = list_self(args, "insert")
    nargs(args, "insert", 2, 2)
    i = int_w(args.args_w[1])
    n = len(w_l.items)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_l.items.insert(i, args.args_w[2])
    return w_None


def l_remove(args):
    w_l = list_self(args, "remove")
    nargs(args, "list.remove", 1, 1)
    for i in range(len(w_l.items)):
        if eq_w(w_l.items[i], args.args_w[1]):
            del w_l.items[i]
            return w_None
    raise oerr(w_ValueError, "list.remove(x): x not in list")


def seq_index(items, args, what):
    n = len(items)
    start, end = find_range(args, n)
    for i in range(start, min(end, n)):
        if eq_w(items[i], args.args_w[1]):
            return W_IntObject(i)
    if what == "list":
        raise oerr(w_ValueError, "%s is not in list" % repr_w(args.args_w[1]))
    raise oerr(w_ValueError, "tuple.index(x): x not in tuple")


def l_index(args):
    w_l = list_self(args, "index")
    nargs(args, "index", 1, 3)
    return seq_index(w_l.items, args, "list")


def seq_count(items, w_x):
    c = 0
    for w_y in items:
        if eq_w(w_y, w_x):
            c += 1
    return W_IntObject(c)


def l_count(args):
    w_l = list_self(args, "count")
    nargs(args, "count", 1, 1)
    return seq_count(w_l.items, args.args_w[1])


def l_reverse(args):
    w_l = list_self(args, "reverse")
    w_l.items.reverse()
    return w_None


def l_sort(args):
    w_l = list_self(args, "sort")
    w_key, reverse = sort_options(args, 1)
    items = w_l.items
    w_l.items = []
    try:
        sort_list(items, w_key, reverse)
    finally:
        if len(w_l.items) > 0:
            w_l.items = items
            raise oerr(w_ValueError, "list modified during sort")
        w_l.items = items
    return w_None


def l_copy(args):
    w_l = list_self(args, "copy")
    return W_ListObject(list(w_l.items))


def l_clear(args):
    w_l = list_self(args, "clear")
    w_l.items = []
    return w_None


def l_iadd(args):
    w_l = list_self(args, "__iadd__")
    w_l.items.extend(list_from_iterable(args.args_w[1]))
    return w_l


# ---------------------------------------------------------------- tuple

def tuple_self(args):
    w_t = args.args_w[0]
    if not isinstance(w_t, W_TupleObject):
        raise oerr(w_TypeError, "expected a tuple")
    return w_t


def t_index(args):
    nargs(args, "index", 1, 3)
    return seq_index(tuple_self(args).items, args, "tuple")


def t_count(args):
    nargs(args, "count", 1, 1)
    return seq_count(tuple_self(args).items, args.args_w[1])


# ---------------------------------------------------------------- dict

def dict_self(args, name):
    w_d = args.args_w[0]
    if not isinstance(w_d, W_DictObject):
        raise oerr(w_TypeError, "descriptor '%s' for 'dict' objects doesn't apply to a '%s' object" % (name, type_name(w_d)))
    return w_d


def d_get(args):
    w_d = dict_self(args, "get")
    nargs(args, "get", 1, 2)
    w_v = w_d.getitem(args.args_w[1])
    if w_v is None:
        if len(args.args_w) > 2:
            return args.args_w[2]
        return w_None
    return w_v


def d_keys(args):
    return W_DictView(dict_self(args, "keys"), VIEW_KEYS)


def d_values(args):
    return W_DictView(dict_self(args, "values"), VIEW_VALUES)


def d_items(args):
    return W_DictView(dict_self(args, "items"), VIEW_ITEMS)


def d_pop(args):
    w_d = dict_self(args, "pop")
    nargs(args, "pop", 1, 2)
    w_v = w_d.table.remove(args.args_w[1])
    if w_v is None:
        if len(args.args_w) > 2:
            return args.args_w[2]
        raise OperationError(new_exception_args(w_KeyError, [args.args_w[1]]))
    return w_v


def d_popitem(args):
    w_d = dict_self(args, "popitem")
    w_res = w_d.table.popitem_last()
    if w_res is None:
        raise oerr(w_KeyError, "popitem(): dictionary is empty")
    return w_res


def d_setdefault(args):
    w_d = dict_self(args, "setdefault")
    nargs(args, "setdefault", 1, 2)
    w_v = w_d.getitem(args.args_w[1])
    if w_v is None:
        w_v = w_None
        if len(args.args_w) > 2:
            w_v = args.args_w[2]
        w_d.setitem(args.args_w[1], w_v)
    return w_v


def d_update(args):
    w_d = dict_self(args, "update")
    if len(args.args_w) > 1:
        dict_update_one(w_d, args.args_w[1])
    if args.kwnames is not None:
        for i in range(len(args.kwnames)):
            w_d.setitem(W_StrObject(args.kwnames[i]), args.kwvalues[i])
    return w_None


def d_copy(args):
    w_d = dict_self(args, "copy")
    w_new = W_DictObject()
    w_new.table = w_d.table.copy()
    return w_new


def d_clear(args):
    dict_self(args, "clear").table.clear()
    return w_None


def d_fromkeys(args):
    # called as dict.fromkeys(iterable, value): args_w[0] is the class
    w_value = w_None
    if len(args.args_w) > 2:
        w_value = args.args_w[2]
    w_d = W_DictObject()
    for w_k in list_from_iterable(args.args_w[1]):
        w_d.setitem(w_k, w_value)
    return w_d


def d_getitem(args):
    return getitem_w(args.args_w[0], args.args_w[1])


# ---------------------------------------------------------------- set

def set_self(args, name):
    w_s = args.args_w[0]
    if not isinstance(w_s, W_SetObject):
        raise oerr(w_TypeError, "descriptor '%s' requires a 'set' object" % name)
    return w_s


def set_of(w_x):
    if isinstance(w_x, W_SetObject):
        return w_x
    return objspace.set_from_items(list_from_iterable(w_x))


def st_add(args):
    set_self(args, "add").add(args.args_w[1])
    return w_None


def st_remove(args):
    w_s = set_self(args, "remove")
    if w_s.table.remove(args.args_w[1]) is None:
        raise OperationError(new_exception_args(w_KeyError, [args.args_w[1]]))
    return w_None


def st_discard(args):
    set_self(args, "discard").table.remove(args.args_w[1])
    return w_None


def st_pop(args):
    w_s = set_self(args, "pop")
    keys = w_s.table.keys()
    if len(keys) == 0:
        raise oerr(w_KeyError, "pop from an empty set")
    w_k = keys[0]
    w_s.table.remove(w_k)
    return w_k


def st_clear(args):
    set_self(args, "clear").table.clear()
    return w_None


def st_copy(args):
    w_s = set_self(args, "copy")
    w_new = W_SetObject(w_s.frozen)
    w_new.table = w_s.table.copy()
    return w_new


def st_multi(args, op, name):
    w_s = set_self(args, name)
    w_res = w_s
    for i in range(1, len(args.args_w)):
        w_r = set_binop(w_res, set_of(args.args_w[i]), op)
        assert isinstance(w_r, W_SetObject)
        w_res = w_r
    if w_res is w_s:
        w_new = W_SetObject(w_s.frozen)
        w_new.table = w_s.table.copy()
        return w_new
    w_res.frozen = w_s.frozen
    return w_res


def st_union(args):
    return st_multi(args, OP_OR, "union")


def st_intersection(args):
    return st_multi(args, OP_AND, "intersection")


def st_difference(args):
    return st_multi(args, OP_SUB, "difference")


def st_symmetric_difference(args):
    return st_multi(args, OP_XOR, "symmetric_difference")


def st_update(args):
    w_s = set_self(args, "update")
    for i in range(1, len(args.args_w)):
        for w_x in list_from_iterable(args.args_w[i]):
            w_s.add(w_x)
    return w_None


def st_inplace(args, op, name):
    w_s = set_self(args, name)
    w_res = st_multi(args, op, name)
    assert isinstance(w_res, W_SetObject)
    w_s.table = w_res.table
    return w_None


def st_intersection_update(args):
    return st_inplace(args, OP_AND, "intersection_update")


def st_difference_update(args):
    return st_inplace(args, OP_SUB, "difference_update")


def st_symmetric_difference_update(args):
    return st_inplace(args, OP_XOR, "symmetric_difference_update")


def st_issubset(args):
    return newbool(set_issubset(set_self(args, "issubset"), set_of(args.args_w[1])))


def st_issuperset(args):
    return newbool(set_issubset(set_of(args.args_w[1]), set_self(args, "issuperset")))


def st_isdisjoint(args):
    w_s = set_self(args, "isdisjoint")
    for w_x in list_from_iterable(args.args_w[1]):
        if w_s.contains(w_x):
            return w_False
    return w_True


# ---------------------------------------------------------------- int and float

def int_self(args):
    w_i = args.args_w[0]
    if not is_int(w_i):
        raise oerr(w_TypeError, "descriptor requires an 'int' object")
    return w_i


def i_bit_length(args):
    return W_IntObject(bigint_w(int_self(args)).bit_length())


def i_bit_count(args):
    num = bigint_w(int_self(args)).abs()
    c = 0
    for d in num.digits:
        while d:
            c += d & 1
            d >>= 1
    return W_IntObject(c)


def i_conjugate(args):
    return int_pos(int_self(args))


def i_to_bytes(args):
    num = bigint_w(int_self(args))
    w_len = arg_or_none(args, 1, "length")
    length = 1 if w_len is None else int_w(w_len)
    w_order = arg_or_none(args, 2, "byteorder")
    order = "big" if w_order is None else str_w(w_order)
    w_signed = args.get_kw("signed")
    signed = w_signed is not None and is_true(w_signed)
    if num.sign < 0 and not signed:
        raise oerr(w_OverflowError, "can't convert negative int to unsigned")
    if num.sign < 0:
        num = num.add(BigInt.fromint(1).lshift(8 * length))
    out = []
    for i in range(length):
        out.append(chr(num.divmod(BigInt.fromint(256))[1].toint()))
        num = num.rshift(8)
    if not num.iszero():
        raise oerr(w_OverflowError, "int too big to convert")
    if order == "big":
        out.reverse()
    return W_BytesObject("".join(out))


def i_from_bytes(args):
    w_b = args.args_w[1]
    data = bytes_like(w_b)
    if data is None:
        data = "".join([chr(byte_w(w_x)) for w_x in list_from_iterable(w_b)])
    w_order = arg_or_none(args, 2, "byteorder")
    order = "big" if w_order is None else str_w(w_order)
    w_signed = args.get_kw("signed")
    signed = w_signed is not None and is_true(w_signed)
    num = BigInt.fromint(0)
    n = len(data)
    for i in range(n):
        c = data[i] if order == "big" else data[n - 1 - i]
        num = num.lshift(8).add(BigInt.fromint(ord(c)))
    if signed and n > 0:
        top = ord(data[0]) if order == "big" else ord(data[n - 1])
        if top >= 128:
            num = num.sub(BigInt.fromint(1).lshift(8 * n))
    return newlong(num)


def i_abs(args):
    w_i = int_self(args)
    if bigint_w(w_i).sign < 0:
        return unary_op(w_i, UNARY_NEG)
    return int_pos(w_i)


def i_index(args):
    return int_pos(int_self(args))


def i_int(args):
    return int_pos(int_self(args))


def i_float(args):
    return W_FloatObject(float_w(int_self(args)))


def make_binop_method(op, reflected):
    def f(args):
        w_a = args.args_w[0]
        w_b = args.args_w[1]
        if not is_number(w_b) or (not reflected and False):
            return w_NotImplemented
        if reflected:
            return binary_op(w_b, w_a, op)
        return binary_op(w_a, w_b, op)
    return f


def float_self(args):
    w_f = args.args_w[0]
    if not isinstance(w_f, W_FloatObject):
        raise oerr(w_TypeError, "descriptor requires a 'float' object")
    return w_f.floatval


def fl_is_integer(args):
    f = float_self(args)
    return newbool(f == f and f != formatting.INF and f != -formatting.INF and formatting.float_floor(f) == f)


def fl_hex(args):
    x = float_self(args)
    if x != x:
        return W_StrObject("nan")
    if x == formatting.INF:
        return W_StrObject("inf")
    if x == -formatting.INF:
        return W_StrObject("-inf")
    sign = ""
    if x < 0.0 or (x == 0.0 and math.copysign(1.0, x) < 0.0):
        sign = "-"
        x = -x
    if x == 0.0:
        return W_StrObject(sign + "0x0.0p+0")
    m, e = formatting.frexp(x)
    # x = m * 2**e with 0.5 <= m < 1: as 1.f * 2**(e-1), or subnormal 0.f * 2**-1022
    e -= 1
    lead = 1
    if e < -1022:
        frac = formatting.ldexp(m, e + 1 + 1022 + 52)
        lead = 0
        e = -1022
    else:
        frac = (m * 2.0 - 1.0) * 4503599627370496.0    # 2**52
    bits = int(frac)
    digits = formatting.hex_digits(bits, 13)
    esign = "+" if e >= 0 else "-"
    return W_StrObject("%s0x%d.%sp%s%d" % (sign, lead, digits, esign, e if e >= 0 else -e))


def fl_as_integer_ratio(args):
    f = float_self(args)
    if f != f:
        raise oerr(w_ValueError, "cannot convert NaN to integer ratio")
    if f == formatting.INF or f == -formatting.INF:
        raise oerr(w_OverflowError, "cannot convert Infinity to integer ratio")
    m, e = formatting.frexp(f)
    for i in range(300):
        if m == formatting.float_floor(m):
            break
        m *= 2.0
        e -= 1
    num = BigInt.fromfloat(m)
    den = BigInt.fromint(1)
    if e > 0:
        num = num.lshift(e)
    else:
        den = den.lshift(-e)
    return W_TupleObject([newlong(num), newlong(den)])


def fl_conjugate(args):
    return W_FloatObject(float_self(args))


def fl_fromhex(args):
    text = str_w(args.args_w[1]).strip().lower()
    sign = 1.0
    if len(text) > 0 and (text[0] == '-' or text[0] == '+'):
        if text[0] == '-':
            sign = -1.0
        text = text[1:]
    if text == "inf" or text == "infinity":
        return W_FloatObject(sign * formatting.INF)
    if text == "nan":
        return W_FloatObject(formatting.NAN)
    if text.startswith("0x"):
        text = text[2:]
    exp = 0
    p = text.find("p")
    if p >= 0:
        try:
            exp = int(text[p + 1:])
        except ValueError:
            raise oerr(w_ValueError, "invalid hexadecimal floating-point string")
        text = text[:p]
    mant = 0.0
    seen_dot = False
    ndigits = 0
    for c in text:
        if c == '.':
            if seen_dot:
                raise oerr(w_ValueError, "invalid hexadecimal floating-point string")
            seen_dot = True
            continue
        v = formatting_hexval(c)
        if v < 0:
            raise oerr(w_ValueError, "invalid hexadecimal floating-point string")
        mant = mant * 16.0 + float(v)
        ndigits += 1
        if seen_dot:
            exp -= 4
    if ndigits == 0:
        raise oerr(w_ValueError, "invalid hexadecimal floating-point string")
    return W_FloatObject(sign * formatting.ldexp(mant, exp))


def fl_int(args):
    return int_of(args.args_w[0])


def fl_trunc(args):
    return int_of(args.args_w[0])


# ---------------------------------------------------------------- bytes and bytearray
#
# Most methods of bytes and bytearray are str methods run on the bytes as a str of characters
# < 256 (make_bytes_method): the str methods above, or those written here for what differs for
# bytes, the ASCII-only case mappings and whitespace. The predicates and the methods that change
# a bytearray read the receiver itself.

def bytes_self(args, name):
    data = bytes_like(args.args_w[0])
    if data is None:
        raise oerr(w_TypeError, "descriptor '%s' requires a bytes-like object but received a '%s'" % (name, type_name(args.args_w[0])))
    return data


def bytearray_self(args, name):
    w_ba = args.args_w[0]
    if not isinstance(w_ba, W_BytearrayObject):
        raise oerr(w_TypeError, "descriptor '%s' requires a 'bytearray' object but received a '%s'" % (name, type_name(w_ba)))
    return w_ba


def b_decode(args):
    data = bytes_self(args, "decode")
    w_enc = arg_or_none(args, 1, "encoding")
    w_err = arg_or_none(args, 2, "errors")
    enc = "utf-8" if w_enc is None else str_w(w_enc)
    err = "strict" if w_err is None else str_w(w_err)
    return W_StrObject(decode_bytes(data, enc, err))


def to_str_arg(w_x):
    data = bytes_like(w_x)
    if data is not None:
        return W_StrObject(data)
    if isinstance(w_x, W_TupleObject):
        return W_TupleObject([to_str_arg(w_y) for w_y in w_x.items])
    if isinstance(w_x, W_ListObject):
        return W_ListObject([to_str_arg(w_y) for w_y in w_x.items])
    if isinstance(w_x, W_StrObject):
        raise oerr(w_TypeError, "a bytes-like object is required, not 'str'")
    return w_x


def to_bytes_result(w_r, w_self):
    """A str method's result as the bytes method's: its strs as bytes, or as bytearrays if the
    receiver w_self is one."""
    if isinstance(w_r, W_StrObject):
        return new_bytes_like(w_self, w_r.value)
    if isinstance(w_r, W_ListObject):
        return W_ListObject([to_bytes_result(w_y, w_self) for w_y in w_r.items])
    if isinstance(w_r, W_TupleObject):
        return W_TupleObject([to_bytes_result(w_y, w_self) for w_y in w_r.items])
    return w_r


ARG_BYTES = 0       # the arguments of a bytes method are bytes-like
ARG_SUB = 1         # the first may also be an int, the byte to look for (find, count...)
ARG_FILL = 2        # the second is the fill byte (center, ljust, rjust)


def make_bytes_method(name, fn, kind):
    """A method of bytes and bytearray from the str method fn: bytes-like arguments become strs,
    and str results the receiver's type.  ``kind`` (ARG_...) says what else its arguments are."""
    def bytes_method(args):
        if kind == ARG_SUB and len(args.args_w) > 1 and bytes_like(args.args_w[1]) is None:
            w_sub = args.args_w[1]
            if not is_int(w_sub):
                raise oerr(w_TypeError, "argument should be integer or bytes-like object, not '%s'" % type_name(w_sub))
            args = Args([args.args_w[0], W_BytesObject(chr(byte_w(w_sub)))] + args.args_w[2:], args.kwnames, args.kwvalues)
        if kind == ARG_FILL and len(args.args_w) > 2 and bytes_like(args.args_w[2]) is None:
            raise oerr(w_TypeError, "%s() argument 2 must be a byte string of length 1, not %s" % (name, type_name(args.args_w[2])))
        new_args = [to_str_arg(w_x) for w_x in args.args_w]
        kwvalues = None if args.kwvalues is None else [to_str_arg(w_x) for w_x in args.kwvalues]
        return to_bytes_result(fn(Args(new_args, args.kwnames, kwvalues)), args.args_w[0])
    return bytes_method


def b_split(args):
    return do_split(args, True)


def b_rsplit(args):
    return do_rsplit(args, True)


def b_splitlines(args):
    return do_splitlines(args, True)


def b_strip(args):
    return strip_method(args, "strip", True, True, True)


def b_lstrip(args):
    return strip_method(args, "lstrip", True, False, True)


def b_rstrip(args):
    return strip_method(args, "rstrip", False, True, True)


def ascii_upper(c):
    if 'a' <= c and c <= 'z':
        return chr(ord(c) - 32)
    return c


def ascii_lower(c):
    if 'A' <= c and c <= 'Z':
        return chr(ord(c) + 32)
    return c


def is_ascii_upper(c):
    return 'A' <= c and c <= 'Z'


def is_ascii_lower(c):
    return 'a' <= c and c <= 'z'


def is_ascii_digit(c):
    return '0' <= c and c <= '9'


def is_ascii_alpha(c):
    return is_ascii_upper(c) or is_ascii_lower(c)


def b_upper(args):
    return W_StrObject("".join([ascii_upper(c) for c in str_self(args, "upper")]))


def b_lower(args):
    return W_StrObject("".join([ascii_lower(c) for c in str_self(args, "lower")]))


def b_swapcase(args):
    return W_StrObject("".join([ascii_lower(c) if is_ascii_upper(c) else ascii_upper(c) for c in str_self(args, "swapcase")]))


def b_capitalize(args):
    s = str_self(args, "capitalize")
    if len(s) == 0:
        return W_StrObject(s)
    return W_StrObject(ascii_upper(s[0]) + "".join([ascii_lower(c) for c in s[1:]]))


def b_title(args):
    out = []
    prev_cased = False
    for c in str_self(args, "title"):
        out.append(ascii_lower(c) if prev_cased else ascii_upper(c))
        prev_cased = is_ascii_alpha(c)
    return W_StrObject("".join(out))


def b_isalpha(args):
    s = bytes_self(args, "isalpha")
    for c in s:
        if not is_ascii_alpha(c):
            return w_False
    return newbool(len(s) > 0)


def b_isdigit(args):
    s = bytes_self(args, "isdigit")
    for c in s:
        if not is_ascii_digit(c):
            return w_False
    return newbool(len(s) > 0)


def b_isalnum(args):
    s = bytes_self(args, "isalnum")
    for c in s:
        if not is_ascii_alpha(c) and not is_ascii_digit(c):
            return w_False
    return newbool(len(s) > 0)


def b_isspace(args):
    s = bytes_self(args, "isspace")
    for c in s:
        if not is_space(c, True):
            return w_False
    return newbool(len(s) > 0)


def b_isupper(args):
    s = bytes_self(args, "isupper")
    cased = False
    for c in s:
        if is_ascii_lower(c):
            return w_False
        cased = cased or is_ascii_upper(c)
    return newbool(cased)


def b_islower(args):
    s = bytes_self(args, "islower")
    cased = False
    for c in s:
        if is_ascii_upper(c):
            return w_False
        cased = cased or is_ascii_lower(c)
    return newbool(cased)


def b_istitle(args):
    prev_cased = False
    cased = False
    for c in bytes_self(args, "istitle"):
        if is_ascii_upper(c):
            if prev_cased:
                return w_False
            prev_cased = True
            cased = True
        elif is_ascii_lower(c):
            if not prev_cased:
                return w_False
            prev_cased = True
            cased = True
        else:
            prev_cased = False
    return newbool(cased)


def b_isascii(args):
    for c in bytes_self(args, "isascii"):
        if ord(c) > 127:
            return w_False
    return w_True


# The str methods bytes and bytearray share, and what their arguments are.
BYTES_METHODS = [
    ("split", b_split, ARG_BYTES), ("rsplit", b_rsplit, ARG_BYTES), ("strip", b_strip, ARG_BYTES),
    ("lstrip", b_lstrip, ARG_BYTES), ("rstrip", b_rstrip, ARG_BYTES), ("replace", s_replace, ARG_BYTES),
    ("find", s_find, ARG_SUB), ("rfind", s_rfind, ARG_SUB), ("index", s_index, ARG_SUB),
    ("rindex", s_rindex, ARG_SUB), ("count", s_count, ARG_SUB), ("startswith", s_startswith, ARG_BYTES),
    ("endswith", s_endswith, ARG_BYTES), ("center", s_center, ARG_FILL), ("ljust", s_ljust, ARG_FILL),
    ("rjust", s_rjust, ARG_FILL), ("zfill", s_zfill, ARG_BYTES), ("partition", s_partition, ARG_BYTES),
    ("rpartition", s_rpartition, ARG_BYTES), ("splitlines", b_splitlines, ARG_BYTES),
    ("removeprefix", s_removeprefix, ARG_BYTES), ("removesuffix", s_removesuffix, ARG_BYTES),
    ("expandtabs", s_expandtabs, ARG_BYTES), ("upper", b_upper, ARG_BYTES), ("lower", b_lower, ARG_BYTES),
    ("swapcase", b_swapcase, ARG_BYTES), ("capitalize", b_capitalize, ARG_BYTES), ("title", b_title, ARG_BYTES),
]
BYTES_WRAPPERS = [(name, make_bytes_method(name, fn, kind)) for (name, fn, kind) in BYTES_METHODS]
# The methods that read the bytes themselves (and return no bytes).
BYTES_PREDICATES = [
    ("isalpha", b_isalpha), ("isdigit", b_isdigit), ("isalnum", b_isalnum), ("isspace", b_isspace),
    ("isupper", b_isupper), ("islower", b_islower), ("istitle", b_istitle), ("isascii", b_isascii),
]


def b_join(args):
    sep = bytes_self(args, "join")
    parts = []
    for w_x in list_from_iterable(args.args_w[1]):
        part = bytes_like(w_x)
        if part is None:
            raise oerr(w_TypeError, "sequence item %d: expected a bytes-like object, %s found" % (len(parts), type_name(w_x)))
        parts.append(part)
    return new_bytes_like(args.args_w[0], sep.join(parts))


def b_fromhex(args):
    s = str_w(args.args_w[1])
    out = []
    i = 0
    n = len(s)
    while i < n:
        if s[i] == ' ':
            i += 1
            continue
        if i + 1 >= n or formatting_hexval(s[i]) < 0 or formatting_hexval(s[i + 1]) < 0:
            raise oerr(w_ValueError, "non-hexadecimal number found in fromhex() arg at position %d" % i)
        out.append(chr(formatting_hexval(s[i]) * 16 + formatting_hexval(s[i + 1])))
        i += 2
    data = "".join(out)
    if args.args_w[0] is w_bytearray_type:
        return newbytearray(data)
    return W_BytesObject(data)


def formatting_hexval(c):
    if '0' <= c <= '9':
        return ord(c) - 48
    if 'a' <= c <= 'f':
        return ord(c) - 87
    if 'A' <= c <= 'F':
        return ord(c) - 55
    return -1


def b_hex(args):
    out = []
    for c in bytes_self(args, "hex"):
        out.append(formatting.hex_digits(ord(c), 2))
    return W_StrObject("".join(out))


def ba_append(args):
    w_ba = bytearray_self(args, "append")
    nargs(args, "append", 1, 1)
    w_ba.data.append(chr(byte_w(args.args_w[1])))
    return w_None


def ba_extend(args):
    w_ba = bytearray_self(args, "extend")
    nargs(args, "extend", 1, 1)
    w_x = args.args_w[1]
    data = bytes_like(w_x)
    if data is None:
        try:
            w_it = iter_w(w_x)
        except OperationError as e:
            if not isinstance_w(e.w_value, w_TypeError):
                raise
            raise oerr(w_TypeError, "can't extend bytearray with %s" % type_name(w_x))
        data = "".join([chr(byte_w(w_i)) for w_i in list_from_iterable(w_it)])
    w_ba.data.extend([c for c in data])
    return w_None


def ba_pop(args):
    w_ba = bytearray_self(args, "pop")
    nargs(args, "pop", 0, 1)
    if len(w_ba.data) == 0:
        raise oerr(w_IndexError, "pop from empty bytearray")
    i = len(w_ba.data) - 1
    if len(args.args_w) > 1:
        i = int_w(args.args_w[1])
        if i < 0:
            i += len(w_ba.data)
        if i < 0 or i >= len(w_ba.data):
            raise oerr(w_IndexError, "pop index out of range")
    return W_IntObject(ord(w_ba.data.pop(i)))


def ba_insert(args):
    w_ba = bytearray_self(args, "insert")
    nargs(args, "insert", 2, 2)
    i = int_w(args.args_w[1])
    c = chr(byte_w(args.args_w[2]))
    n = len(w_ba.data)
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    w_ba.data.insert(i, c)
    return w_None


def ba_remove(args):
    w_ba = bytearray_self(args, "remove")
    nargs(args, "remove", 1, 1)
    c = chr(byte_w(args.args_w[1]))
    for i in range(len(w_ba.data)):
        if w_ba.data[i] == c:
            del w_ba.data[i]
            return w_None
    raise oerr(w_ValueError, "value not found in bytearray")


def ba_reverse(args):
    bytearray_self(args, "reverse").data.reverse()
    return w_None


def ba_clear(args):
    bytearray_self(args, "clear").data = []
    return w_None


def ba_copy(args):
    return W_BytearrayObject(list(bytearray_self(args, "copy").data))


# ---------------------------------------------------------------- generators

def gen_self(args):
    w_g = args.args_w[0]
    if not isinstance(w_g, W_Generator):
        raise oerr(w_TypeError, "expected a generator")
    return w_g


def g_send(args):
    return gen_self(args).send_or_stop(args.args_w[1], None)


def g_next(args):
    return gen_self(args).send_or_stop(w_None, None)


def g_throw(args):
    w_g = gen_self(args)
    w_t = args.args_w[1]
    if isinstance(w_t, W_TypeObject):
        w_args = []
        if len(args.args_w) > 2 and args.args_w[2] is not w_None:
            w_args = [args.args_w[2]]
        w_exc = w_t.call(Args(w_args, None, None))
    else:
        w_exc = w_t
    return w_g.send_or_stop(w_None, w_exc)


def g_close(args):
    gen_self(args).close()
    return w_None


def g_iter(args):
    return gen_self(args)


def it_iter(args):
    return args.args_w[0]


def it_next(args):
    w_it = args.args_w[0]
    if isinstance(w_it, W_Iterator):
        w_v = w_it.next()
        if w_v is None:
            raise oerr_noargs(w_StopIteration)
        return w_v
    raise oerr(w_TypeError, "not an iterator")


def r_index(args):
    w_r = args.args_w[0]
    w_x = args.args_w[1]
    if not is_int(w_x):
        # Any other object may equal an item: CPython searches as for any sequence.
        index = 0
        w_it = iter_w(w_r)
        while True:
            w_y = next_w(w_it)
            if w_y is None:
                raise oerr(w_ValueError, "sequence.index(x): x not in sequence")
            if eq_w(w_y, w_x):
                return W_IntObject(index)
            index += 1
    x = bigint_w(w_x)
    if not objspace.range_contains_int(w_r, x):
        raise oerr(w_ValueError, "%s is not in range" % repr_w(w_x))
    start, stop, step, length = objspace.range_bigs(w_r)
    return newlong(x.sub(start).divmod(step)[0])


def r_count(args):
    w_r = args.args_w[0]
    w_x = args.args_w[1]
    if is_int(w_x):
        return W_IntObject(1 if objspace.range_contains_int(w_r, bigint_w(w_x)) else 0)
    count = 0
    w_it = iter_w(w_r)
    while True:
        w_y = next_w(w_it)
        if w_y is None:
            return W_IntObject(count)
        if eq_w(w_y, w_x):
            count += 1


def slice_indices_m(args):
    w_s = args.args_w[0]
    assert isinstance(w_s, W_SliceObject)
    length = int_w(args.args_w[1])
    if length < 0:
        raise oerr(w_ValueError, "length should not be negative")
    start, stop, step, n = slice_indices(w_s, length)
    return W_TupleObject([W_IntObject(start), W_IntObject(stop), W_IntObject(step)])


def type_mro(args):
    w_t = args.args_w[0]
    assert isinstance(w_t, W_TypeObject)
    return W_ListObject(list(w_t.mro_w))


def view_isdisjoint(args):
    for w_x in list_from_iterable(args.args_w[1]):
        if contains_w(args.args_w[0], w_x):
            return w_False
    return w_True


def setup():
    t = w_str_type
    method(t, "split", s_split)
    method(t, "rsplit", s_rsplit)
    method(t, "splitlines", s_splitlines)
    method(t, "join", s_join)
    method(t, "strip", s_strip)
    method(t, "lstrip", s_lstrip)
    method(t, "rstrip", s_rstrip)
    method(t, "replace", s_replace)
    method(t, "find", s_find)
    method(t, "rfind", s_rfind)
    method(t, "index", s_index)
    method(t, "rindex", s_rindex)
    method(t, "count", s_count)
    method(t, "startswith", s_startswith)
    method(t, "endswith", s_endswith)
    method(t, "upper", s_upper)
    method(t, "lower", s_lower)
    method(t, "casefold", s_casefold)
    method(t, "swapcase", s_swapcase)
    method(t, "capitalize", s_capitalize)
    method(t, "title", s_title)
    method(t, "isdigit", s_isdigit)
    method(t, "isnumeric", s_isnumeric)
    method(t, "isdecimal", s_isdecimal)
    method(t, "isalpha", s_isalpha)
    method(t, "isalnum", s_isalnum)
    method(t, "isspace", s_isspace)
    method(t, "isupper", s_isupper)
    method(t, "islower", s_islower)
    method(t, "istitle", s_istitle)
    method(t, "isidentifier", s_isidentifier)
    method(t, "isascii", s_isascii)
    method(t, "isprintable", s_isprintable)
    method(t, "center", s_center)
    method(t, "ljust", s_ljust)
    method(t, "rjust", s_rjust)
    method(t, "zfill", s_zfill)
    method(t, "format", s_format)
    method(t, "format_map", s_format_map)
    method(t, "partition", s_partition)
    method(t, "rpartition", s_rpartition)
    method(t, "removeprefix", s_removeprefix)
    method(t, "removesuffix", s_removesuffix)
    method(t, "encode", s_encode)
    method(t, "expandtabs", s_expandtabs)
    method(t, "translate", s_translate)
    t.dict_w["maketrans"] = W_StaticMethod(W_BuiltinFunction("maketrans", s_maketrans))
    method(t, "__mod__", s_dunder_mod)
    for w_t in [w_str_type, w_list_type, w_tuple_type, w_dict_type, w_set_type, w_frozenset_type,
                w_int_type, w_float_type, w_bytes_type, w_bytearray_type, w_range_type]:
        method(w_t, "__eq__", generic_eq)
        method(w_t, "__ne__", generic_ne)
        method(w_t, "__lt__", generic_lt)
        method(w_t, "__le__", generic_le)
        method(w_t, "__gt__", generic_gt)
        method(w_t, "__ge__", generic_ge)
        method(w_t, "__hash__", generic_hash)
        method(w_t, "__repr__", generic_repr)
        method(w_t, "__str__", generic_str)
        method(w_t, "__format__", generic_format)
    for w_t in [w_str_type, w_list_type, w_tuple_type, w_dict_type, w_set_type, w_frozenset_type,
                w_bytes_type, w_bytearray_type, w_range_type]:
        method(w_t, "__len__", generic_len)
        method(w_t, "__iter__", generic_iter)
        method(w_t, "__contains__", generic_contains)
        method(w_t, "__getitem__", generic_getitem)
    method(w_list_type, "__setitem__", generic_setitem)
    method(w_list_type, "__delitem__", generic_delitem)
    method(w_dict_type, "__setitem__", generic_setitem)
    method(w_dict_type, "__delitem__", generic_delitem)
    for i in range(len(BINOP_NAMES)):
        if i == OP_MATMUL:
            continue
        for w_t in [w_int_type, w_float_type]:
            method(w_t, BINOP_NAMES[i], BINOP_METHODS[i])
            method(w_t, BINOP_RNAMES[i], BINOP_RMETHODS[i])
    method(w_str_type, "__add__", s_dunder_add)
    method(w_str_type, "__mul__", s_dunder_mul)
    method(w_list_type, "__add__", s_dunder_add)
    method(w_list_type, "__mul__", s_dunder_mul)
    method(w_list_type, "__iadd__", l_iadd)
    method(w_tuple_type, "__add__", s_dunder_add)
    t = w_list_type
    method(t, "append", l_append)
    method(t, "extend", l_extend)
    method(t, "pop", l_pop)
    method(t, "insert", l_insert)
    method(t, "remove", l_remove)
    method(t, "index", l_index)
    method(t, "count", l_count)
    method(t, "reverse", l_reverse)
    method(t, "sort", l_sort)
    method(t, "copy", l_copy)
    method(t, "clear", l_clear)
    method(w_tuple_type, "index", t_index)
    method(w_tuple_type, "count", t_count)
    t = w_dict_type
    method(t, "get", d_get)
    method(t, "keys", d_keys)
    method(t, "values", d_values)
    method(t, "items", d_items)
    method(t, "pop", d_pop)
    method(t, "popitem", d_popitem)
    method(t, "setdefault", d_setdefault)
    method(t, "update", d_update)
    method(t, "copy", d_copy)
    method(t, "clear", d_clear)
    t.dict_w["fromkeys"] = W_ClassMethod(W_BuiltinFunction("fromkeys", d_fromkeys))
    for t in [w_set_type, w_frozenset_type]:
        method(t, "copy", st_copy)
        method(t, "union", st_union)
        method(t, "intersection", st_intersection)
        method(t, "difference", st_difference)
        method(t, "symmetric_difference", st_symmetric_difference)
        method(t, "issubset", st_issubset)
        method(t, "issuperset", st_issuperset)
        method(t, "isdisjoint", st_isdisjoint)
    t = w_set_type
    method(t, "add", st_add)
    method(t, "remove", st_remove)
    method(t, "discard", st_discard)
    method(t, "pop", st_pop)
    method(t, "clear", st_clear)
    method(t, "update", st_update)
    method(t, "intersection_update", st_intersection_update)
    method(t, "difference_update", st_difference_update)
    method(t, "symmetric_difference_update", st_symmetric_difference_update)
    t = w_int_type
    method(t, "bit_length", i_bit_length)
    method(t, "bit_count", i_bit_count)
    method(t, "conjugate", i_conjugate)
    method(t, "to_bytes", i_to_bytes)
    t.dict_w["from_bytes"] = W_ClassMethod(W_BuiltinFunction("from_bytes", i_from_bytes))
    method(t, "__abs__", i_abs)
    method(t, "__index__", i_index)
    method(t, "__int__", i_int)
    method(t, "__float__", i_float)
    method(t, "__bool__", generic_bool)
    t = w_float_type
    method(t, "is_integer", fl_is_integer)
    method(t, "hex", fl_hex)
    method(t, "as_integer_ratio", fl_as_integer_ratio)
    method(t, "conjugate", fl_conjugate)
    method(t, "__int__", fl_int)
    method(t, "__trunc__", fl_trunc)
    method(t, "__bool__", generic_bool)
    t.dict_w["fromhex"] = W_ClassMethod(W_BuiltinFunction("fromhex", fl_fromhex))
    for t in [w_bytes_type, w_bytearray_type]:
        method(t, "decode", b_decode)
        for name, fn in BYTES_WRAPPERS:
            method(t, name, fn)
        for name, fn in BYTES_PREDICATES:
            method(t, name, fn)
        method(t, "join", b_join)
        method(t, "hex", b_hex)
        t.dict_w["fromhex"] = W_ClassMethod(W_BuiltinFunction("fromhex", b_fromhex))
    t = w_bytearray_type
    method(t, "append", ba_append)
    method(t, "extend", ba_extend)
    method(t, "pop", ba_pop)
    method(t, "insert", ba_insert)
    method(t, "remove", ba_remove)
    method(t, "reverse", ba_reverse)
    method(t, "clear", ba_clear)
    method(t, "copy", ba_copy)
    method(t, "__setitem__", generic_setitem)
    method(t, "__delitem__", generic_delitem)
    t = w_generator_type
    method(t, "send", g_send)
    method(t, "__next__", g_next)
    method(t, "throw", g_throw)
    method(t, "close", g_close)
    method(t, "__iter__", g_iter)
    method(w_iterator_type, "__iter__", it_iter)
    method(w_iterator_type, "__next__", it_next)
    method(w_range_type, "index", r_index)
    method(w_slice_type, "indices", slice_indices_m)
    method(w_type_type, "mro", type_mro)
    method(w_range_type, "count", r_count)
    for t in [w_dict_keys_type, w_dict_items_type]:
        method(t, "isdisjoint", view_isdisjoint)
    for t in [w_dict_keys_type, w_dict_items_type, w_dict_values_type]:
        method(t, "__len__", generic_len)
        method(t, "__iter__", generic_iter)


BINOP_METHODS = [make_binop_method(i, False) for i in range(13)]
BINOP_RMETHODS = [make_binop_method(i, True) for i in range(13)]
