from rpython.rlib.objectmodel import r_dict


def same(a, b):
    return a == b


def identity(a):
    return a


def entry_point(argv):
    if len(argv) > 1:
        table = r_dict(same, identity)
    else:
        table = {}
    table[len(argv)] = 1
    return len(table)
