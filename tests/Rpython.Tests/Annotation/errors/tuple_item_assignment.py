def entry_point(argv):
    point = (1, len(argv))
    point[0] = 5
    return point[0]
