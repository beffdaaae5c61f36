"""String formatting: ``format()`` and its spec mini-language (used by f-strings and
str.format), ``%``-formatting, str.format's field parsing, and number literals."""

from objspace import (BigInt, OperationError, UNARY_NEG, W_BoolObject, W_DictObject,
    W_FloatObject, W_Instance, W_IntObject, W_LongObject, W_StrObject, W_TupleObject, bigint,
    bigint_w, call_function, float_w, formatting, getattr_w, getitem_w, int_w, is_int,
    new_exception_args, newlong, oerr, repr_w, str_of, str_w, type_name, unary_op,
    w_IndexError, w_KeyError, w_OverflowError, w_TypeError, w_ValueError)
import objspace
from bigint import BigInt
import formatting
from floatfmt import fmt_f, fmt_e, fmt_g


# ---------------------------------------------------------------- literals

def parse_int_literal(s):
    """A Python int literal (already without underscores): decimal, 0x, 0o, 0b."""
    base = 10
    start = 0
    neg = False
    if len(s) > 0 and s[0] == '-':
        neg = True
        start = 1
    if len(s) > start + 1 and s[start] == '0' and s[start + 1] in "xXoObB":
        c = s[start + 1]
        if c == 'x' or c == 'X':
            base = 16
        elif c == 'o' or c == 'O':
            base = 8
        else:
            base = 2
        start += 2
    w_v = parse_digits(s[start:], base)
    if w_v is None:
        raise oerr(w_ValueError, "invalid literal")
    if neg:
        return unary_op(w_v, UNARY_NEG)
    return w_v


def digit_value(c):
    if '0' <= c <= '9':
        return ord(c) - 48
    if 'a' <= c <= 'z':
        return ord(c) - 97 + 10
    if 'A' <= c <= 'Z':
        return ord(c) - 65 + 10
    return 99


def parse_digits(s, base):
    """Digits (no sign, no prefix, no underscores) in base; None if invalid."""
    if len(s) == 0:
        return None
    values = []
    for c in s:
        v = digit_value(c)
        if v >= base:
            return None
        values.append(v)
    if len(values) <= 12 or (base <= 16 and len(values) <= 15):
        r = 0
        for v in values:
            r = r * base + v
        return W_IntObject(r)
    if base == 10:
        return newlong(BigInt.fromdecimal(s))
    return newlong(BigInt.fromdigits(values, base))


def parse_float_literal(s):
    return float(s)


def int_from_string(s, base):
    """int(s, base) with CPython's rules and messages."""
    orig = s
    s = s.strip()
    neg = False
    if len(s) > 0 and (s[0] == '-' or s[0] == '+'):
        neg = s[0] == '-'
        s = s[1:]
    if base == 0:
        if len(s) > 1 and s[0] == '0' and s[1] in "xXoObB":
            c = s[1]
            if c == 'x' or c == 'X':
                base = 16
            elif c == 'o' or c == 'O':
                base = 8
            else:
                base = 2
            s = s[2:]
            if len(s) > 0 and s[0] == '_':
                s = s[1:]
        else:
            base = 10
            stripped = s.replace("_", "")
            if len(stripped) > 1 and stripped[0] == '0':
                for c in stripped:
                    if c != '0':
                        raise raise_invalid_int(orig, 0)
    elif len(s) > 1 and s[0] == '0' and ((base == 16 and s[1] in "xX") or (base == 8 and s[1] in "oO") or (base == 2 and s[1] in "bB")):
        s = s[2:]
        if len(s) > 0 and s[0] == '_':
            s = s[1:]
    # underscores: only between digits
    if len(s) == 0 or s[0] == '_' or s[len(s) - 1] == '_' or "__" in s:
        raise raise_invalid_int(orig, base)
    w_v = parse_digits(s.replace("_", ""), base)
    if w_v is None:
        raise raise_invalid_int(orig, base)
    assert w_v is not None
    if neg:
        return unary_op(w_v, UNARY_NEG)
    return w_v


def raise_invalid_int(s, base):
    return oerr(w_ValueError, "invalid literal for int() with base %d: %s" % (base, formatting.str_repr(s)))


def float_from_string(s):
    orig = s
    t = s.strip().lower().replace("_", "")
    sign = 1.0
    body = t
    if len(body) > 0 and (body[0] == '+' or body[0] == '-'):
        if body[0] == '-':
            sign = -1.0
        body = body[1:]
    if body == "inf" or body == "infinity":
        return sign * formatting.INF
    if body == "nan":
        return formatting.NAN
    ok = len(body) > 0
    seen_digit = False
    seen_e = False
    seen_dot = False
    i = 0
    while i < len(body):
        c = body[i]
        if '0' <= c <= '9':
            seen_digit = True
        elif c == '.' and not seen_dot and not seen_e:
            seen_dot = True
        elif c == 'e' and seen_digit and not seen_e:
            seen_e = True
            seen_digit = False
            if i + 1 < len(body) and (body[i + 1] == '+' or body[i + 1] == '-'):
                i += 1
        else:
            ok = False
            break
        i += 1
    if not ok or not seen_digit or "_" in s.strip()[:1] or s.strip().endswith("_") or "__" in s:
        raise oerr(w_ValueError, "could not convert string to float: %s" % formatting.str_repr(orig))
    return sign * float(body)


# ---------------------------------------------------------------- the format spec

class Spec(object):
    def __init__(self):
        self.fill = " "
        self.align = ""
        self.sign = ""
        self.alt = False
        self.zero = False
        self.width = -1
        self.grouping = ""
        self.precision = -1
        self.type = ""


def parse_spec(spec):
    s = Spec()
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in "<>=^":
        s.fill = spec[0]
        s.align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        s.align = spec[0]
        i = 1
    if i < n and spec[i] in "+- ":
        s.sign = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        i += 1
    if i < n and spec[i] == '#':
        s.alt = True
        i += 1
    if i < n and spec[i] == '0':
        s.zero = True
        i += 1
    start = i
    while i < n and '0' <= spec[i] <= '9':
        i += 1
    if i > start:
        s.width = int(spec[start:i])
    if i < n and (spec[i] == ',' or spec[i] == '_'):
        s.grouping = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and '0' <= spec[i] <= '9':
            i += 1
        if i == start:
            raise oerr(w_ValueError, "Format specifier missing precision")
        s.precision = int(spec[start:i])
    if i < n:
        s.type = spec[i]
        i += 1
    if i < n:
        raise oerr(w_ValueError, "Invalid format specifier '%s' for object of type" % spec)
    if s.zero and s.align == "":
        s.fill = "0"
        s.align = "="
    return s


def pad(body, sign, s, default_align):
    """Apply width/fill/align to a formatted number or string (sign separate)."""
    total = len(sign) + len(body)
    align = s.align
    if align == "":
        align = default_align
    if s.width <= total:
        return sign + body
    padding = s.width - total
    if align == "<":
        return sign + body + s.fill * padding
    if align == ">":
        return s.fill * padding + sign + body
    if align == "=":
        return sign + s.fill * padding + body
    left = padding // 2
    return s.fill * left + sign + body + s.fill * (padding - left)


def group_digits(digits, sep, every):
    """Insert sep every `every` digits from the right in a run of digits."""
    if sep == "":
        return digits
    out = []
    n = len(digits)
    for i in range(n):
        if i > 0 and (n - i) % every == 0:
            out.append(sep)
        out.append(digits[i])
    return "".join(out)


def format_w(w_obj, spec):
    """format(w_obj, spec)."""
    if isinstance(w_obj, W_Instance):
        w_fmt = w_obj.w_type.lookup("__format__")
        if w_fmt is not None:
            w_res = call_function(w_fmt, [w_obj, W_StrObject(spec)])
            return str_w(w_res)
        if spec != "":
            raise oerr(w_TypeError, "unsupported format string passed to %s.__format__" % w_obj.w_type.name)
        return str_of(w_obj)
    if spec == "":
        return str_of(w_obj)
    if isinstance(w_obj, W_BoolObject):
        return format_int(W_IntObject(w_obj.intval), parse_spec(spec))
    if isinstance(w_obj, W_IntObject) or isinstance(w_obj, W_LongObject):
        return format_int(w_obj, parse_spec(spec))
    if isinstance(w_obj, W_FloatObject):
        return format_float(w_obj.floatval, parse_spec(spec))
    if isinstance(w_obj, W_StrObject):
        s = parse_spec(spec)
        if s.type != "" and s.type != "s":
            raise oerr(w_ValueError, "Unknown format code '%s' for object of type 'str'" % s.type)
        if s.align == "=":
            raise oerr(w_ValueError, "'=' alignment not allowed in string format specifier")
        v = w_obj.value
        if s.precision >= 0 and len(v) > s.precision:
            v = v[:s.precision]
        return pad(v, "", s, "<")
    s = parse_spec(spec)
    if s.type != "":
        raise oerr(w_TypeError, "unsupported format string passed to %s.__format__" % type_name(w_obj))
    return pad(str_of(w_obj), "", s, "<")


def format_int(w_obj, s):
    t = s.type
    if t != "" and t in "eEfFgG%":
        return format_float(float_w(w_obj), s)
    if t == "s":
        raise oerr(w_ValueError, "Unknown format code 's' for object of type 'int'")
    if s.precision >= 0:
        raise oerr(w_ValueError, "Precision not allowed in integer format specifier")
    if t == "c":
        return pad(unichr_checked(int_w(w_obj)), "", s, "<")
    num = bigint_w(w_obj)
    neg = num.sign < 0
    mag = num.abs()
    prefix = ""
    if t == "" or t == "d" or t == "n":
        digits = mag.str()
        if s.grouping != "":
            digits = group_digits(digits, s.grouping, 3)
    elif t == "x" or t == "X":
        digits = mag.format_base(16)
        if t == "X":
            digits = digits.upper()
        if s.alt:
            prefix = "0" + t
        if s.grouping == "_":
            digits = group_digits(digits, "_", 4)
        elif s.grouping == ",":
            raise oerr(w_ValueError, "Cannot specify ',' with 'x'.")
    elif t == "o":
        digits = mag.format_base(8)
        if s.alt:
            prefix = "0o"
        if s.grouping == "_":
            digits = group_digits(digits, "_", 4)
    elif t == "b":
        digits = mag.format_base(2)
        if s.alt:
            prefix = "0b"
        if s.grouping == "_":
            digits = group_digits(digits, "_", 4)
    else:
        raise oerr(w_ValueError, "Unknown format code '%s' for object of type 'int'" % t)
    sign = ""
    if neg:
        sign = "-"
    elif s.sign == "+":
        sign = "+"
    elif s.sign == " ":
        sign = " "
    if s.align == "=" and s.fill == "0" and s.grouping != "" and (t == "" or t == "d" or t == "n"):
        # zero padding takes part in grouping
        width = s.width - len(sign) - len(prefix)
        raw = mag.str()
        while len(group_digits(raw, s.grouping, 3)) < width:
            raw = "0" + raw
        digits = group_digits(raw, s.grouping, 3)
    return pad(prefix + digits, sign, s, ">") if s.align != "=" else sign + prefix + pad(digits, "", fill_spec(s, len(sign) + len(prefix)), ">")


def fill_spec(s, used):
    s2 = Spec()
    s2.fill = s.fill
    s2.align = ">"
    s2.width = s.width - used
    return s2


def unichr_checked(v):
    if v < 0 or v > 0x10ffff:
        raise oerr(w_OverflowError, "%c arg not in range(0x110000)")
    return chr(v)


def float_digits_fixed(x, prec):
    """'%.{prec}f' % x for finite x >= 0."""
    return fmt_f(x, prec)


def strip_g_zeros(s):
    """Remove trailing zeros (and a trailing dot) from the mantissa of a %g result."""
    epos = s.find("e")
    mant = s
    exp = ""
    if epos >= 0:
        mant = s[:epos]
        exp = s[epos:]
    if "." in mant:
        mant = mant.rstrip("0")
        if mant.endswith("."):
            mant = mant[:len(mant) - 1]
    return mant + exp


def format_g(x, prec, alt):
    """'%g' with precision, CPython's rules (x finite, >= 0)."""
    if prec == 0:
        prec = 1
    s = fmt_g(x, prec)
    if alt:
        # keep trailing zeros: redo with %e / %f
        if x == 0.0:
            exp = 0
        else:
            es = fmt_e(x, prec - 1)
            exp = int(es[es.find("e") + 1:])
        if -4 <= exp < prec:
            s = fmt_f(x, prec - 1 - exp)
            if "." not in s:
                s += "."
        else:
            s = fmt_e(x, prec - 1)
    return s


def format_float(x, s):
    t = s.type
    neg = x < 0.0 or (x == 0.0 and formatting.math.copysign(1.0, x) < 0.0)
    if x != x:
        neg = False
    ax = -x if neg else x
    if x != x or ax == formatting.INF:
        if x != x:
            body = "nan"
        else:
            body = "inf"
        if t == "E" or t == "F" or t == "G":
            body = body.upper()
        if t == "%":
            body += "%"
    elif t == "f" or t == "F":
        prec = 6 if s.precision < 0 else s.precision
        body = float_digits_fixed(ax, prec)
        if s.alt and "." not in body:
            body += "."
    elif t == "e" or t == "E":
        prec = 6 if s.precision < 0 else s.precision
        body = fmt_e(ax, prec)
        if s.alt and prec == 0:
            body = body.replace("e", ".e")
        if t == "E":
            body = body.upper()
    elif t == "g" or t == "G":
        prec = 6 if s.precision < 0 else s.precision
        body = format_g(ax, prec, s.alt)
        if t == "G":
            body = body.upper()
    elif t == "%":
        prec = 6 if s.precision < 0 else s.precision
        body = float_digits_fixed(ax * 100.0, prec) + "%"
    elif t == "" or t == "n":
        if s.precision < 0:
            body = formatting.float_repr(ax)
        else:
            body = format_g(ax, s.precision, s.alt)
            if "." not in body and "e" not in body and "inf" not in body and "nan" not in body:
                # the empty type keeps at least one decimal when it is not in exponent form
                if len(body) <= s.precision or s.precision == 0:
                    pass
            if "e" not in body and "." not in body:
                body = body
    else:
        raise oerr(w_ValueError, "Unknown format code '%s' for object of type 'float'" % t)
    if s.grouping != "":
        # group the integer part
        end = 0
        while end < len(body) and '0' <= body[end] <= '9':
            end += 1
        body = group_digits(body[:end], s.grouping, 3) + body[end:]
    sign = ""
    if neg:
        sign = "-"
    elif s.sign == "+":
        sign = "+"
    elif s.sign == " ":
        sign = " "
    if s.align == "=" and s.fill == "0" and s.grouping != "":
        width = s.width - len(sign)
        end = 0
        while end < len(body) and ('0' <= body[end] <= '9' or body[end] == s.grouping):
            end += 1
        raw = body[:end].replace(s.grouping, "")
        rest = body[end:]
        while len(group_digits(raw, s.grouping, 3)) + len(rest) < width:
            raw = "0" + raw
        return sign + group_digits(raw, s.grouping, 3) + rest
    return pad(body, sign, s, ">")


def ascii_of(s):
    out = []
    for c in s:
        o = ord(c)
        if o < 128:
            out.append(c)
        elif o < 256:
            out.append("\\x" + formatting.hex_digits(o, 2))
        elif o < 65536:
            out.append("\\u" + formatting.hex_digits(o, 4))
        else:
            out.append("\\U" + formatting.hex_digits(o, 8))
    return "".join(out)


# ---------------------------------------------------------------- % formatting

def percent_format(fmt, w_values):
    if isinstance(w_values, W_TupleObject):
        values_w = w_values.items
        w_mapping = None
    else:
        values_w = [w_values]
        w_mapping = None
        if isinstance(w_values, W_DictObject) or (isinstance(w_values, W_Instance) and w_values.w_type.lookup("__getitem__") is not None):
            w_mapping = w_values
    out = []
    i = 0
    n = len(fmt)
    argi = 0
    used_mapping = False
    while i < n:
        c = fmt[i]
        if c != '%':
            j = fmt.find('%', i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        i += 1
        if i >= n:
            raise oerr(w_ValueError, "incomplete format")
        w_arg = None
        if fmt[i] == '(':
            depth = 1
            j = i + 1
            while j < n and depth > 0:
                if fmt[j] == '(':
                    depth += 1
                elif fmt[j] == ')':
                    depth -= 1
                j += 1
            key = fmt[i + 1:j - 1]
            if w_mapping is None:
                raise oerr(w_TypeError, "format requires a mapping")
            w_arg = getitem_w(w_mapping, W_StrObject(key))
            used_mapping = True
            i = j
        s = Spec()
        s.align = ">"
        while i < n and fmt[i] in "-+ #0":
            f = fmt[i]
            if f == '-':
                s.align = "<"
            elif f == '+':
                s.sign = "+"
            elif f == ' ':
                if s.sign == "":
                    s.sign = " "
            elif f == '#':
                s.alt = True
            else:
                s.zero = True
            i += 1
        if i < n and fmt[i] == '*':
            if argi >= len(values_w):
                raise oerr(w_TypeError, "not enough arguments for format string")
            s.width = int_w(values_w[argi])
            argi += 1
            if s.width < 0:
                s.align = "<"
                s.width = -s.width
            i += 1
        else:
            start = i
            while i < n and '0' <= fmt[i] <= '9':
                i += 1
            if i > start:
                s.width = int(fmt[start:i])
        if i < n and fmt[i] == '.':
            i += 1
            if i < n and fmt[i] == '*':
                s.precision = int_w(values_w[argi])
                argi += 1
                i += 1
            else:
                start = i
                while i < n and '0' <= fmt[i] <= '9':
                    i += 1
                s.precision = 0
                if i > start:
                    s.precision = int(fmt[start:i])
        while i < n and fmt[i] in "hlL":
            i += 1
        if i >= n:
            raise oerr(w_ValueError, "incomplete format")
        t = fmt[i]
        i += 1
        if t == '%':
            out.append("%")
            continue
        if w_arg is None:
            if argi >= len(values_w):
                raise oerr(w_TypeError, "not enough arguments for format string")
            w_arg = values_w[argi]
            argi += 1
        if s.zero and s.align != "<" and t not in "sra":
            s.fill = "0"
            s.align = "="
        if t == 'b':
            t = 's'
        if t == 's' or t == 'r' or t == 'a':
            if t == 's':
                text = str_of(w_arg)
            elif t == 'r':
                text = repr_w(w_arg)
            else:
                text = ascii_of(repr_w(w_arg))
            if s.precision >= 0:
                text = text[:s.precision]
            s.fill = " "
            if s.align == "=":
                s.align = ">"
            out.append(pad(text, "", s, ">"))
        elif t in "diuxXoc":
            if t == 'c':
                if isinstance(w_arg, W_StrObject):
                    if len(w_arg.value) != 1:
                        raise oerr(w_TypeError, "%c requires int or char")
                    out.append(pad(w_arg.value, "", s, ">"))
                elif is_int(w_arg):
                    out.append(pad(unichr_checked(int_w(w_arg)), "", s, ">"))
                else:
                    raise oerr(w_TypeError, "%c requires int or char")
                continue
            if isinstance(w_arg, W_FloatObject):
                w_arg = float_to_int(w_arg.floatval)
            elif not is_int(w_arg):
                if t in "xXo":
                    raise oerr(w_TypeError, "%%%s format: an integer is required, not %s" % (t, type_name(w_arg)))
                raise oerr(w_TypeError, "%%%s format: a real number is required, not %s" % (t, type_name(w_arg)))
            if t == 'i' or t == 'u':
                t = 'd'
            num = bigint_w(w_arg)
            prec = s.precision
            s.precision = -1
            if t == 'd':
                digits = num.abs().str()
            elif t == 'o':
                digits = num.abs().format_base(8)
            else:
                digits = num.abs().format_base(16)
                if t == 'X':
                    digits = digits.upper()
            if prec > len(digits):
                digits = "0" * (prec - len(digits)) + digits
            prefix = ""
            if s.alt:
                if t == 'o':
                    prefix = "0o"
                elif t == 'x':
                    prefix = "0x"
                elif t == 'X':
                    prefix = "0X"
            sign = ""
            if num.sign < 0:
                sign = "-"
            elif s.sign != "":
                sign = s.sign
            out.append(pad(digits, sign + prefix, s, ">"))
        elif t in "eEfFgG":
            x = float_w(w_arg)
            if s.precision < 0:
                s.precision = 6
            s.type = t
            out.append(format_float(x, s))
        else:
            raise oerr(w_ValueError, "unsupported format character '%s' (0x%s) at index %d" % (t, formatting.int_to_base(ord(t), 16, False), i - 1))
    if argi < len(values_w) and not used_mapping and w_mapping is None:
        raise oerr(w_TypeError, "not all arguments converted during string formatting")
    return "".join(out)


def float_to_int(f):
    if f != f:
        raise oerr(w_ValueError, "cannot convert float NaN to integer")
    if f == formatting.INF or f == -formatting.INF:
        raise oerr(w_OverflowError, "cannot convert float infinity to integer")
    if -9.0e18 < f < 9.0e18:
        return W_IntObject(int(f))
    return newlong(BigInt.fromfloat(f))


# ---------------------------------------------------------------- str.format

def str_format(fmt, args_w, kwnames, kwvalues):
    out = []
    i = 0
    n = len(fmt)
    auto = 0
    while i < n:
        c = fmt[i]
        if c == '{':
            if i + 1 < n and fmt[i + 1] == '{':
                out.append('{')
                i += 2
                continue
            # find the matching '}'
            depth = 1
            j = i + 1
            while j < n:
                if fmt[j] == '{':
                    depth += 1
                elif fmt[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            if j >= n:
                raise oerr(w_ValueError, "expected '}' before end of string")
            field = fmt[i + 1:j]
            i = j + 1
            # split field into name, conversion, spec
            name = field
            conv = ""
            spec = ""
            k = 0
            bracket = False
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    bracket = True
                elif ch == ']':
                    bracket = False
                elif not bracket and (ch == '!' or ch == ':'):
                    break
                k += 1
            name = field[:k]
            if k < len(field) and field[k] == '!':
                if k + 1 >= len(field):
                    raise oerr(w_ValueError, "end of string while looking for conversion specifier")
                conv = field[k + 1]
                k += 2
                if k < len(field) and field[k] != ':':
                    raise oerr(w_ValueError, "expected ':' after conversion specifier")
            if k < len(field) and field[k] == ':':
                spec = field[k + 1:]
            if "{" in spec:
                spec = str_format(spec, args_w, kwnames, kwvalues)
            # resolve the name
            first_end = 0
            while first_end < len(name) and name[first_end] != '.' and name[first_end] != '[':
                first_end += 1
            first = name[:first_end]
            if first == "":
                if auto < 0:
                    raise oerr(w_ValueError, "cannot switch from manual field specification to automatic field numbering")
                if auto >= len(args_w):
                    raise oerr(w_IndexError, "Replacement index %d out of range for positional args tuple" % auto)
                w_v = args_w[auto]
                auto += 1
            elif first.isdigit():
                if auto > 0:
                    raise oerr(w_ValueError, "cannot switch from automatic field numbering to manual field specification")
                auto = -1
                idx = int(first)
                if idx >= len(args_w):
                    raise oerr(w_IndexError, "Replacement index %d out of range for positional args tuple" % idx)
                w_v = args_w[idx]
            else:
                w_v = None
                if kwnames is not None:
                    for q in range(len(kwnames)):
                        if kwnames[q] == first:
                            w_v = kwvalues[q]
                if w_v is None:
                    raise OperationError(new_exception_args(w_KeyError, [W_StrObject(first)]))
            rest = name[first_end:]
            p = 0
            while p < len(rest):
                if rest[p] == '.':
                    q = p + 1
                    while q < len(rest) and rest[q] != '.' and rest[q] != '[':
                        q += 1
                    w_v = getattr_w(w_v, rest[p + 1:q])
                    p = q
                elif rest[p] == '[':
                    q = rest.find(']', p)
                    if q < 0:
                        raise oerr(w_ValueError, "Missing ']' in format string")
                    key = rest[p + 1:q]
                    if key.isdigit():
                        w_v = getitem_w(w_v, W_IntObject(int(key)))
                    else:
                        w_v = getitem_w(w_v, W_StrObject(key))
                    p = q + 1
                else:
                    raise oerr(w_ValueError, "Only '.' or '[' may follow ']' in format field specifier")
            if conv == "r":
                w_v = W_StrObject(repr_w(w_v))
            elif conv == "s":
                w_v = W_StrObject(str_of(w_v))
            elif conv == "a":
                w_v = W_StrObject(ascii_of(repr_w(w_v)))
            elif conv != "":
                raise oerr(w_ValueError, "Unknown conversion specifier %s" % conv)
            out.append(format_w(w_v, spec))
            continue
        if c == '}':
            if i + 1 < n and fmt[i + 1] == '}':
                out.append('}')
                i += 2
                continue
            raise oerr(w_ValueError, "Single '}' encountered in format string")
        j = i
        while j < n and fmt[j] != '{' and fmt[j] != '}':
            j += 1
        out.append(fmt[i:j])
        i = j
    return "".join(out)
