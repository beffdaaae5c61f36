"""List comprehensions (with conditions, over ranges, strs and lists, nested loops, calling
functions), enumerate() over lists, and zip-like pairing with indexes."""
from rpython.rlib.rfile import write_stdout


def ints(l):
    return "[" + ", ".join([str(x) for x in l]) + "]"


def square(x):
    return x * x


def entry_point(argv):
    squares = [square(x) for x in range(10)]
    write_stdout("squares: %s\n" % ints(squares))
    evens = [x for x in squares if x % 2 == 0]
    write_stdout("even squares: %s\n" % ints(evens))
    codes = [ord(c) - ord("a") for c in "hello"]
    write_stdout("codes: %s\n" % ints(codes))
    pairs = [x * 10 + y for x in range(1, 4) for y in range(3) if x != y]
    write_stdout("pairs: %s\n" % ints(pairs))
    upper = [w.upper() for w in ["ab", "cd", "ef"] if w != "cd"]
    write_stdout("upper: %s\n" % " ".join(upper))
    matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
    transposed = [[matrix[r][c] for r in range(3)] for c in range(3)]
    for row in transposed:
        write_stdout("%s\n" % ints(row))
    for i, w in enumerate(["zero", "one", "two"]):
        write_stdout("%d=%s " % (i, w))
    write_stdout("\n")
    total = 0
    for i, x in enumerate(squares):
        total += i * x
    write_stdout("weighted total %d\n" % total)
    names = ["ann", "bob", "cy"]
    ages = [31, 25, 40]
    for i, name in enumerate(names):
        write_stdout("%s is %d\n" % (name, ages[i]))
    empty = [x for x in range(5) if x > 10]
    write_stdout("empty: %s len %d\n" % (ints(empty), len(empty)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
