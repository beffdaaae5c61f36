def entry_point(argv):
    callback = None
    return callback(len(argv))
