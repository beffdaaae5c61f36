# StringBuilder (append of strs and chars, append_slice with ValueError out of range,
# append_multiple_char, build (twice, and appending after it), getlength, growth past its size),
# and tuples: comparisons (of ints, strs, floats, nested), 'in' (constant tuples of ints, of chars
# and strs mixed), ==, +, truth; x == None, bool(x); min/max of strs; compute_hash of strs, chars, ints, bools, None, tuples.
from rpython.rlib.objectmodel import compute_hash
from rpython.rlib.rstring import StringBuilder


def building(n):
    b = StringBuilder()
    first = b.build()
    b.append("ab")
    b.append(str(n))
    b.append("\u00e9")
    b.append_multiple_char("-", n % 5)
    b.append_multiple_char("x", -3)
    b.append_slice("0123456789", 2, 5)
    try:
        b.append_slice("0123456789", 5, 11)
    except ValueError:
        b.append("!")
    middle = b.build()
    length = b.getlength()
    for i in range(n % 50):
        b.append(chr(65 + i % 26))
    small = StringBuilder(2)
    for i in range(40):
        small.append_multiple_char("\U0001f600", 1)
    return "[" + first + "] [" + middle + "] " + str(length) + " [" + b.build() + "] " + str(b.getlength()) + " " + str(len(small.build()))


def make(a, s, f):
    return (a, s, f)


def ordering(n):
    ts = [make(n % 3, "b", 1.5), make(1, "a", 2.0), make(1, "a", -1.0), make(n % 3, "b", 1.5), make(2, "", 0.0)]
    bits = []
    for x in ts:
        for y in ts:
            bits.append(str(int(x < y) + 2 * int(x <= y) + 4 * int(x == y) + 8 * int(x != y) + 16 * int(x > y) + 32 * int(x >= y)))
    nested = [((n, "x"), 1), ((n, "w"), 2), ((n - 1, "z"), 3)]
    bits.append(str(int(nested[0] > nested[1]) + 2 * int(nested[2] < nested[1]) + 4 * int(nested[0] == ((n, "x"), 1))))
    return ".".join(bits)


def membership(n):
    c = "xyz+-"[n % 5]
    op = "**" if n > 5 else "+"
    checks = [n in (2, -2, 3, -3, 10), n % 3 in (0, 1), c in ("+", "-"), c in "+-", op in ("+", "-", "**"), op in ("-", "//"),
              c in ("x", "yy"), 2.0 in (1, 2), make(1, "a", 2.0) == make(1, "a", 2.0), make(1, "a", 2.0) != make(1, "a", 2.5),
              bool(()), bool((n,)), (n, "s") == (n, "s")]
    maybe = "s" + str(n) if n > 2 else None
    items = [n] if n < 0 else None
    checks += [maybe == None, maybe != None, items == None, bool(str(n)[1:]), bool([n][n % 2:]), bool(None)]
    joined = (n, "a") + (2.5, "b" + str(n))
    checks.append(joined == (n, "a", 2.5, "b" + str(n)))
    checks.append(joined[2] == 2.5)
    words = [max("pear", "apple", str(n)), min("b", "a", "c"), min("zz", "z" + str(n)), max("x", "xy"), min("abc"[n % 3], "b")]
    return "".join(["T" if f else "F" for f in checks]) + " " + ",".join(words)


def hashing(n):
    # compute_hash is the same translated as untranslated (rpython.rlib.objectmodel).
    values = [compute_hash("abc" + str(n)), compute_hash(""), compute_hash("x"), compute_hash("xyz"[n % 3]), compute_hash("\U0001f600"),
              compute_hash(n), compute_hash(n > 0), compute_hash(None), compute_hash((n, "h", (n, True))), compute_hash(("a", "b"[0], n))]
    return ",".join([str(h) for h in values])


def main(n):
    return building(n) + "\n" + ordering(n) + "\n" + membership(n) + "\n" + hashing(n)
