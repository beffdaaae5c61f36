import sys


class W_Root(object):
    def str_w(self):
        raise NotImplementedError

    def is_true(self):
        return True


class W_Int(W_Root):
    def __init__(self, intval):
        self.intval = intval

    def str_w(self):
        return str(self.intval)

    def is_true(self):
        return self.intval != 0


class W_Str(W_Root):
    def __init__(self, strval):
        self.strval = strval

    def str_w(self):
        return self.strval

    def is_true(self):
        return len(self.strval) > 0


class Space(object):
    def wrap_int(self, n):
        return W_Int(n)

    def wrap_str(self, s):
        return W_Str(s)

    def concat(self, w_a, w_b):
        return self.wrap_str(w_a.str_w() + w_b.str_w())


def entry_point(argv):
    space = Space()
    w_x = space.concat(space.wrap_int(len(argv)), space.wrap_str(argv[0]))
    values = [space.wrap_int(0), w_x]
    count = 0
    for w in values:
        if w.is_true():
            count += 1
    return count


if __name__ == "__main__":
    entry_point(sys.argv)
