def entry_point(argv):
    if len(argv) > 1:
        return None
    return None
