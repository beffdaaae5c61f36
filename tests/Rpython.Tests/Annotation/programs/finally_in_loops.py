import sys


class Log(object):
    def __init__(self):
        self.lines = []

    def add(self, line):
        self.lines.append(line)


def process(log, items):
    count = 0
    for item in items:
        try:
            if item == "skip":
                continue
            if item == "stop":
                break
            if item == "":
                return -1
            count += 1
        finally:
            log.add("done " + item)
    return count


def entry_point(argv):
    log = Log()
    n = process(log, ["a", "skip", "b", "stop", "c"])
    return n + len(log.lines)


if __name__ == "__main__":
    entry_point(sys.argv)
