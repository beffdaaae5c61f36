def split_pair(text):
    parts = text.split("=")
    if len(parts) != 2:
        return None
    return (parts[0], parts[1])


def entry_point(argv):
    pair = split_pair(argv[0])
    if pair is None:
        return 1
    return len(pair[0])
