def entry_point(argv):
    if len(argv) > 1:
        result = 1
    return result
