def entry_point(argv):
    if len(argv) > 1:
        x = 1
    else:
        x = "one"
    return x
