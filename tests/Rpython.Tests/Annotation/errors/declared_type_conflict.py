def describe(count: int) -> str:
    return "count"


def half(x: int) -> int:
    return x / 2


def entry_point(argv):
    describe(argv[0])
    labelled(3)
    return half(len(argv))


def labelled(n):
    label: str = n * 2
    return label
