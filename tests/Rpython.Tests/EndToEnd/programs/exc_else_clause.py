"""try/except/else/finally together: 'else' runs only when the try block raised nothing, an
exception in 'else' is not caught by the same try's handlers, and for/else and while/else run
their else when the loop did not break."""
from rpython.rlib.rfile import write_stdout


def parse_all(words, log):
    total = 0
    for w in words:
        try:
            n = int(w)
        except ValueError:
            log.append("bad %s" % w)
        else:
            log.append("good %s" % w)
            total += n
        finally:
            log.append("done %s" % w)
    return total


def else_raises(flag):
    try:
        try:
            x = 1
        except ValueError:
            return "inner handler"
        else:
            if flag:
                raise ValueError()
            return "else returned %d" % x
    except ValueError:
        return "outer handler caught the else's error"


def first_negative(values):
    for i in range(len(values)):
        if values[i] < 0:
            break
    else:
        return -1
    return i


def countdown(n):
    out = []
    while n > 0:
        if n == 13:
            break
        out.append(str(n))
        n -= 1
    else:
        out.append("liftoff")
    return " ".join(out)


def entry_point(argv):
    log = []
    write_stdout("total %d\n" % parse_all(["1", "x", "30", "", "-4"], log))
    for line in log:
        write_stdout(line + "\n")
    write_stdout("%s\n%s\n" % (else_raises(False), else_raises(True)))
    write_stdout("first negative: %d %d\n" % (first_negative([3, 4, -1, -5]), first_negative([1, 2])))
    write_stdout("%s\n%s\n" % (countdown(5), countdown(15)))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
