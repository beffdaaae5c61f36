# Infinite recursion through __repr__ and through methods is a RecursionError too.
class Node:
    def __init__(self):
        self.other = self
    def __repr__(self):
        return "Node(" + repr(self.other) + ")"
    def walk(self, n):
        return self.other.walk(n + 1)

try:
    repr(Node())
except RecursionError:
    print("repr recursion caught")
try:
    Node().walk(0)
except RecursionError:
    print("method recursion caught")
import sys
print(sys.getrecursionlimit() >= 1000)
