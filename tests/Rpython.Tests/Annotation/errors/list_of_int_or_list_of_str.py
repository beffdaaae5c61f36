def entry_point(argv):
    if len(argv) > 1:
        items = [1, 2, 3]
    else:
        items = ["a", "b"]
    return len(items)
