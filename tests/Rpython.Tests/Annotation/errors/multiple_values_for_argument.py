def connect(host, port=80):
    return len(host) + port


def entry_point(argv):
    return connect("example", host="other")
