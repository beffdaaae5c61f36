"""Lists as a stack (append/pop) and as a FIFO queue (append/pop(0)), a deque made of two
lists, and balanced-bracket checking with a stack of chars."""
from rpython.rlib.rfile import write_stdout


class TwoListQueue(object):
    def __init__(self):
        self.front = []
        self.back = []

    def push(self, x):
        self.back.append(x)

    def pop(self):
        if not self.front:
            while self.back:
                self.front.append(self.back.pop())
        return self.front.pop()

    def size(self):
        return len(self.front) + len(self.back)


def balanced(text):
    stack = []
    pairs = {")": "(", "]": "[", "}": "{"}
    for c in text:
        if c in "([{":
            stack.append(c)
        elif c in ")]}":
            if not stack or stack.pop() != pairs[c]:
                return False
    return len(stack) == 0


def entry_point(argv):
    stack = []
    for i in range(5):
        stack.append(i * i)
    out = []
    while stack:
        out.append(str(stack.pop()))
    write_stdout("stack order: %s\n" % " ".join(out))
    queue = []
    for i in range(5):
        queue.append(i * i)
    out = []
    while queue:
        out.append(str(queue.pop(0)))
    write_stdout("queue order: %s\n" % " ".join(out))
    q = TwoListQueue()
    log = []
    for i in range(1, 8):
        q.push(i)
        if i % 3 == 0:
            log.append(str(q.pop()))
    while q.size() > 0:
        log.append(str(q.pop()))
    write_stdout("two-list queue: %s\n" % " ".join(log))
    for text in ["(a[b]{c})", "(]", "((", "", "{[()()]}", "())"]:
        write_stdout("balanced('%s') = %s\n" % (text, str(balanced(text))))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
