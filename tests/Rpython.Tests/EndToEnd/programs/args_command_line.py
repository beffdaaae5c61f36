"""Command-line arguments: argv[1:] come from the '# args:' line; the program counts them,
prints each (never argv[0], which is the executable's path), and parses options of the form
--name=value and flags."""
# args: --verbose --width=40 input.txt -n 3 extra
from rpython.rlib.rfile import write_stdout


def entry_point(argv):
    args = argv[1:]
    write_stdout("%d arguments\n" % len(args))
    for i, a in enumerate(args):
        write_stdout("argv[%d] = %s\n" % (i + 1, a))
    options = {}
    positional = []
    i = 0
    while i < len(args):
        a = args[i]
        if a.startswith("--"):
            eq = a.find("=")
            if eq >= 0:
                options[a[2:eq]] = a[eq + 1:]
            else:
                options[a[2:]] = "true"
        elif a.startswith("-") and i + 1 < len(args):
            options[a[1:]] = args[i + 1]
            i += 1
        else:
            positional.append(a)
        i += 1
    for k, v in options.items():
        write_stdout("option %s = %s\n" % (k, v))
    write_stdout("positional: %s\n" % ", ".join(positional))
    width = int(options.get("width", "80"))
    write_stdout("%s\n" % ("=" * width))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
