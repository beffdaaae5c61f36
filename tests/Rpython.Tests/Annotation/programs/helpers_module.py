PUSH = 1


class Stack(object):
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


def entry_point(argv):
    s = Stack()
    s.push(len(argv))
    return s.pop()
