# Dict keys of several types: strs, chars, bools, tuples (nested too), instances (by identity);
# values that are lists (setdefault grouping), instances or None, and None-only values (a set).


class Node(object):
    def __init__(self, name):
        self.name = name


class Leaf(Node):
    pass


def words(n):
    text = "the quick brown fox jumps over the lazy dog and the cat sees the fox"
    counts = {}
    for w in text.split(" "):
        counts[w] = counts.get(w, 0) + n % 5 + 1
    total = 0
    for w in counts:
        total = total * 7 + len(w) * counts[w]
    if "fox" in counts and "wolf" not in counts:
        total += 1
    return total % 1000003


def chars(n):
    seen = {}
    for c in "mississippi" + str(n):
        seen[c] = seen.get(c, 0) + 1
    total = 0
    for c in seen:
        total = total * 3 + ord(c) * seen[c]
    return total % 1000003


def bools(n):
    d = {True: 1, False: 2}
    d[n > 0] += 10
    return d[True] * 100 + d[False]


def pair(x, s):
    return (x, s)


def tuples(n):
    # Keys made at run time (constant tuples would be prebuilt objects).
    grid = {}
    for x in range(6):
        for y in range(5):
            grid[pair(x, str(y))] = x * y + n
    total = grid[pair(3, "4")] + len(grid)
    del grid[pair(2, "2")]
    if pair(2, "2") not in grid and pair(5, "0") in grid:
        total += 1000
    nested = {(pair(n, "a"), 2): 5}
    nested[(pair(n, "a"), 3)] = 6
    total += nested[(pair(n, "a"), 2)] * 10 + nested.get((pair(n, "b"), 2), 7)
    for key in grid:
        total = (total * 3 + key[0] + len(key[1])) % 1000003
    return total


def instances(n):
    nodes = [Node("a"), Node("b"), Node("c")]
    same = {}
    for node in nodes:
        same[node] = len(node.name) + n
    other = Node("a")
    total = same[nodes[1]] + len(same)
    if other not in same:
        total += 100
    total += same.get(other, -5)
    owner = {}
    owner[1] = nodes[0]
    found = owner.get(2)
    if found is None:
        total += 1000
    total += len(owner.get(1, other).name)
    return total


def grouping(n):
    groups = {}
    for i in range(20):
        groups.setdefault(str(i % (n % 4 + 2)), []).append(i)
    total = 0
    for key in groups:
        total = total * 10 + len(groups[key]) + int(key)
    return total


def as_set(n):
    seen = {}
    for i in range(30):
        seen[i * n % 7] = None
    del seen[0]
    total = 0
    for k in seen:
        total = total * 7 + k
    return total + len(seen)


def name_or_none(n, name):
    if n % 2 == 0:
        return None
    return name


def node_or_none(n, node):
    if n % 3 == 0:
        return None
    return node


def none_keys(n):
    names = {}
    names[name_or_none(n, "x")] = 1
    names[name_or_none(n + 1, "y")] = 2
    names[None] = names.get(None, 0) + 10
    nodes = {}
    a = Node("a")
    nodes[node_or_none(n, a)] = 3
    nodes[node_or_none(n + 1, a)] = 4
    total = len(names) * 100 + names[None] + len(nodes) * 1000 + nodes.get(None, 0) * 10000
    if a in nodes:
        total += nodes[a]
    return total


def wider_defaults(n):
    flags = {1: True, 2: False}
    total = flags.get(n, 5) + flags.pop(2, 7) + flags.get(1, 9)
    leaves = {}
    leaves[1] = Leaf("leaf")
    fallback = Node("node")
    total += len(leaves.get(n, fallback).name) + len(leaves.get(1, fallback).name) * 10
    total += len(leaves.pop(n + 5, fallback).name) * 100
    for k, v in leaves.items():
        total += k + len(v.name)
    return total


def main(n):
    return (words(n) + chars(n) * 3 + bools(n) * 5 + tuples(n) * 7 + instances(n) * 11 + grouping(n) * 13 + as_set(n) * 17
            + none_keys(n) * 19 + wider_defaults(n) * 23)
