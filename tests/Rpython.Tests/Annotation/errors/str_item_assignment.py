def entry_point(argv):
    word = argv[0]
    word[0] = "X"
    return len(word)
