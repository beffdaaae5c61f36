import sys


class Queue(object):
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def put(self, item):
        self.inbox.append(item)

    def get(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()

    def size(self):
        return len(self.inbox) + len(self.outbox)


def entry_point(argv):
    q = Queue()
    for word in argv:
        q.put(word)
    q.put("end")
    first = q.get()
    q.put("late")
    return len(first) + q.size()


if __name__ == "__main__":
    entry_point(sys.argv)
