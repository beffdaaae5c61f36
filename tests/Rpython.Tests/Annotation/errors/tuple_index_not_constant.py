def entry_point(argv):
    record = (1, "two", 3.0)
    field = record[len(argv)]
    return 0
