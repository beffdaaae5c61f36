class Node(object):
    def __init__(self, value):
        self.value = value


def get(flag):
    if flag:
        return Node(1)
    return None


def entry_point(argv):
    return get(len(argv) > 1).value
