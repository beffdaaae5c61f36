def entry_point(argv):
    total = 0
    for i in len(argv):
        total += i
    return total
