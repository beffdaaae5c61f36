def find(items, target):
    i = 0
    for item in items:
        if item == target:
            return i
        i += 1
    return None


def entry_point(argv):
    return find(argv, "x")
