TABLE = {"a": 1, "b": 2}
DEFAULT = TABLE["c"]


def entry_point(argv):
    return DEFAULT
