def entry_point(argv):
    values = [1, 2, 3, 4, 5, len(argv)]
    evens = values[::2]
    return len(evens)
