def entry_point(argv):
    index = {word: len(word) for word in argv}
    return len(index)
