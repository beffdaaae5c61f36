def is_enabled(flags, name):
    if name in flags:
        return flags[name]
    return None


def entry_point(argv):
    flags = {"fast": True, "safe": False}
    if is_enabled(flags, argv[0]):
        return 1
    return 0
