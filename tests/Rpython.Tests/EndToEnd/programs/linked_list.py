"""A singly linked list of instances: push, append, reverse in place, remove, length, nth, and
conversion to a str; a list whose nodes are built in a loop and traversed many times."""
from rpython.rlib.rfile import write_stdout


class Node(object):
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


class LinkedList(object):
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value, None)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                self.size -= 1
                return True
            prev = cur
            cur = cur.next
        return False

    def to_str(self):
        parts = []
        cur = self.head
        while cur is not None:
            parts.append(str(cur.value))
            cur = cur.next
        return "[" + " -> ".join(parts) + "]"


def entry_point(argv):
    l = LinkedList()
    for i in range(1, 6):
        l.append(i * 10)
    l.push(0)
    write_stdout("built: %s size %d\n" % (l.to_str(), l.size))
    l.reverse()
    write_stdout("reversed: %s\n" % l.to_str())
    for v in [30, 50, 0, 99]:
        write_stdout("remove %d: %s -> %s\n" % (v, str(l.remove(v)), l.to_str()))
    big = LinkedList()
    for i in range(1000):
        big.push(i)
    total = 0
    cur = big.head
    while cur is not None:
        total += cur.value
        cur = cur.next
    write_stdout("big: size %d total %d\n" % (big.size, total))
    empty = LinkedList()
    write_stdout("empty: %s size %d, reversed: " % (empty.to_str(), empty.size))
    empty.reverse()
    write_stdout("%s, remove: %s\n" % (empty.to_str(), str(empty.remove(1))))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
