from rpython.rlib.rarithmetic import r_uint


def entry_point(argv):
    if len(argv) > 1:
        x = r_uint(5)
    else:
        x = -1
    return len(argv) + (1 if x else 0)
