import nonexistent_helpers


def entry_point(argv):
    return nonexistent_helpers.answer()
