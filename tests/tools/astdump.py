"""CPython's AST in the normalised text form that `rpython parse --dump-ast` prints.

The form (both sides must agree byte for byte):
  - a node is its class name, then ` @line:col-endline:endcol` when the node has a position
    (lines 1-based, columns 0-based UTF-8 byte offsets, as in CPython's ast);
  - its fields follow in `_fields` order, one per line, indented two spaces deeper:
    `name: scalar`, `name: Node ...` (the node's fields indented under the field),
    `name: []`, or `name:` followed by `- item` lines;
  - nodes without fields or position (Load, Add, ...) print inline as their class name;
  - str 'text' escaped (\\ \' and anything outside printable ASCII as \\xNN, \\uNNNN, \\UNNNNNNNN),
    bytes b'...' the same way, ints in decimal, floats as float(<IEEE bits in hex>),
    complex as complex(<real bits>, <imag bits>), None, True, False, Ellipsis.
"""
import ast
import struct


def _bits(x):
    return "0x%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def _escape(chars):
    out = []
    for ch in chars:
        c = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "'":
            out.append("\\'")
        elif 0x20 <= c < 0x7F:
            out.append(ch)
        elif c < 0x100:
            out.append("\\x%02x" % c)
        elif c < 0x10000:
            out.append("\\u%04x" % c)
        else:
            out.append("\\U%08x" % c)
    return "".join(out)


def scalar(value):
    if value is None or value is True or value is False or value is Ellipsis:
        return repr(value)
    if isinstance(value, str):
        return "'" + _escape(value) + "'"
    if isinstance(value, bytes):
        return "b'" + _escape(value.decode("latin-1")) + "'"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return "float(%s)" % _bits(value)
    if isinstance(value, complex):
        return "complex(%s, %s)" % (_bits(value.real), _bits(value.imag))
    raise TypeError("unexpected constant %r" % (value,))


def _is_inline(node):
    return not node._fields and "lineno" not in node._attributes


def _head(node):
    name = type(node).__name__
    if "lineno" in node._attributes:
        name += " @%d:%d-%d:%d" % (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
    return name


def _fields(node, indent, out):
    pad = " " * indent
    for field in node._fields:
        value = getattr(node, field, None)
        if isinstance(value, list):
            if not value:
                out.append("%s%s: []" % (pad, field))
                continue
            out.append("%s%s:" % (pad, field))
            for item in value:
                if isinstance(item, ast.AST):
                    if _is_inline(item):
                        out.append("%s  - %s" % (pad, type(item).__name__))
                    else:
                        out.append("%s  - %s" % (pad, _head(item)))
                        _fields(item, indent + 4, out)
                else:
                    out.append("%s  - %s" % (pad, scalar(item)))
        elif isinstance(value, ast.AST):
            if _is_inline(value):
                out.append("%s%s: %s" % (pad, field, type(value).__name__))
            else:
                out.append("%s%s: %s" % (pad, field, _head(value)))
                _fields(value, indent + 2, out)
        else:
            out.append("%s%s: %s" % (pad, field, scalar(value)))


def dump(tree):
    out = [_head(tree)]
    _fields(tree, 2, out)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    import sys
    for path in sys.argv[1:]:
        with open(path, "rb") as f:
            sys.stdout.write(dump(ast.parse(f.read(), path)))
