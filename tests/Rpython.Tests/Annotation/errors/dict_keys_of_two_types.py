def count(table, key):
    table[key] = table.get(key, 0) + 1


def entry_point(argv):
    table = {}
    count(table, len(argv))
    count(table, argv[0])
    return len(table)
