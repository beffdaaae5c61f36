"""float() of strs (signs, exponents, spaces, leading and trailing dots) and int() of strs, with
the ValueError of malformed text caught; str() of the parsed values."""
from rpython.rlib.rfile import write_stdout


def to_float(text):
    try:
        return str(float(text))
    except ValueError:
        return "ValueError"


def to_int(text):
    try:
        return str(int(text))
    except ValueError:
        return "ValueError"


def entry_point(argv):
    for text in ["1.5", "-2e3", "  3.25  ", ".5", "5.", "-.5e-2", "1E2", "0", "-0", "007.50", "1e308",
                 "abc", "", " ", "1.2.3", "1e", "e5", "--1", "0x10", "nan?"]:
        write_stdout("float(%s) = %s\n" % ("'" + text + "'", to_float(text)))
    for text in ["12", "-0", "3.0", "1e3", "x", "9 9", "+7"]:
        write_stdout("int(%s) = %s\n" % ("'" + text + "'", to_int(text)))
    errors = 0
    total = 0.0
    for text in ["1", "2.5", "three", "4e-1", "", "-1"]:
        try:
            total += float(text)
        except ValueError:
            errors += 1
    write_stdout("total = %s, errors = %d\n" % (str(total), errors))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
