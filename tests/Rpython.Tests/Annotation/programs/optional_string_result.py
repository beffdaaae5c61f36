import sys


def find_option(args, name):
    prefix = "--" + name + "="
    for arg in args:
        if arg.startswith(prefix):
            return arg[len(prefix):]
    return None


def option_or_default(args, name, default):
    value = find_option(args, name)
    if value is None:
        return default
    return value


def entry_point(argv):
    args = ["--mode=fast", "--level=3"] + argv
    mode = option_or_default(args, "mode", "slow")
    color = option_or_default(args, "color", "none")
    level = find_option(args, "level")
    n = 0
    if level is not None:
        n = len(level)
    return len(mode) + len(color) + n


if __name__ == "__main__":
    entry_point(sys.argv)
