import sys


class Resource(object):
    def __init__(self):
        self.open_count = 0
        self.log = []

    def acquire(self):
        self.open_count += 1

    def release(self):
        self.open_count -= 1
        self.log.append("released")


def risky(n):
    if n > 2:
        raise ValueError
    return n * 10


def use(resource, n):
    resource.acquire()
    try:
        return risky(n)
    finally:
        resource.release()


def entry_point(argv):
    r = Resource()
    total = use(r, len(argv))
    try:
        total += use(r, 5)
    except ValueError:
        total += 1
    return total + r.open_count + len(r.log)


if __name__ == "__main__":
    entry_point(sys.argv)
