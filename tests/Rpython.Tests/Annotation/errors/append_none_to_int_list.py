def entry_point(argv):
    values = [1, 2, 3]
    values.append(None)
    return len(values)
