"""r_uint: unsigned machine words that wrap modulo 2**64 (subtraction below zero, multiplication,
left shifts), logical right shift, unsigned // and %, comparison, str() and %d of large values,
and intmask() back to a signed int."""
from rpython.rlib.rfile import write_stdout
from rpython.rlib.rarithmetic import r_uint, intmask


def fnv1a(text):
    h = r_uint(-3750763034362895579)  # 0xcbf29ce484222325: a constant above maxint is not RPython
    for c in text:
        h ^= r_uint(ord(c))
        h *= r_uint(0x100000001b3)
    return h


def xorshift(state):
    state ^= state << 13
    state ^= state >> 7
    state ^= state << 17
    return state


def entry_point(argv):
    zero = r_uint(0)
    one = r_uint(1)
    top = zero - one
    write_stdout("0 - 1 = %d\n" % top)
    write_stdout("str: %s\n" % str(top))
    write_stdout("hex: %x\n" % top)
    write_stdout("intmask: %d\n" % intmask(top))
    write_stdout("top + 2 = %d\n" % (top + r_uint(2)))
    write_stdout("top >> 1 = %d\n" % (top >> 1))
    write_stdout("top >> 63 = %d\n" % (top >> 63))
    write_stdout("1 << 63 = %d\n" % (one << 63))
    write_stdout("(1 << 63) * 2 = %d\n" % ((one << 63) * r_uint(2)))
    write_stdout("top // 10 = %d, top %% 10 = %d\n" % (top // r_uint(10), top % r_uint(10)))
    write_stdout("top > 1: %s, 1 < 2: %s\n" % (str(top > one), str(one < r_uint(2))))
    write_stdout("r_uint(-5) = %d\n" % r_uint(-5))
    write_stdout("intmask(r_uint(-5)) = %d\n" % intmask(r_uint(-5)))
    write_stdout("r_uint(3.9) = %d\n" % r_uint(3.9))
    for word in ["", "a", "hello", "RPython"]:
        h = fnv1a(word)
        write_stdout("fnv1a(%s) = %x (%d signed)\n" % (word, h, intmask(h)))
    state = r_uint(88172645463325252)
    for i in range(5):
        state = xorshift(state)
        write_stdout("xorshift %d: %d\n" % (i, state))
    # Counting down below zero wraps.
    n = r_uint(2)
    for i in range(4):
        n -= one
        write_stdout("n = %d\n" % n)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
