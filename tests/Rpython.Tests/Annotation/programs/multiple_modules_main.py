import sys
from helpers_module import Stack, PUSH


def entry_point(argv):
    s = Stack()
    for arg in argv:
        s.push(len(arg) + PUSH)
    return s.pop()


if __name__ == "__main__":
    entry_point(sys.argv)
