import sys
from rpython.rlib.jit import conditional_call, isconstant, set_param
from rpython.rlib.objectmodel import compute_hash, import_from_mixin, instantiate
from rpython.rlib import rstring
from rpython.rlib.rstring import StringBuilder


class CounterMixin(object):
    def bump(self):
        self.count += 1
        return self.count


class Tokens(object):
    import_from_mixin(CounterMixin)

    def __init__(self):
        self.count = 0


class Lines(object):
    import_from_mixin(CounterMixin)

    def __init__(self):
        self.count = 10


def render(words):
    sb = StringBuilder()
    for w in words:
        sb.append(w)
        sb.append(" ")
    sb.append_multiple_char("-", 3)
    sb.append_slice("abcdef", 1, 3)
    return sb.build()


def log(message):
    pass


def entry_point(argv):
    text = render(argv)
    t = Tokens()
    t.bump()
    lines = instantiate(Lines)
    lines.count = 0
    set_param(None, "threshold", 1000)
    conditional_call(len(text) > 100, log, text)
    if isconstant(len(argv)):
        return 1
    words = rstring.split(rstring.replace(text, "-", " "), " ")
    if rstring.startswith(text, "x") or rstring.find(text, "y") > 0:
        return len(words)
    return t.bump() + lines.bump() + (compute_hash(text) & 0)


if __name__ == "__main__":
    entry_point(sys.argv)
