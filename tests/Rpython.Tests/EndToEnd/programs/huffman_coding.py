"""Huffman coding: symbol frequencies in a dict, a tree built by repeatedly taking the two
lightest nodes (ties broken by creation order, so the code is deterministic), the code table by
recursion, encoding to a bit string and decoding it back."""
from rpython.rlib.rfile import write_stdout


class HNode(object):
    def __init__(self, weight, order, symbol, left, right):
        self.weight = weight
        self.order = order
        self.symbol = symbol
        self.left = left
        self.right = right


def lighter(a, b):
    if a.weight != b.weight:
        return a.weight < b.weight
    return a.order < b.order


def take_lightest(nodes):
    best = 0
    for i in range(1, len(nodes)):
        if lighter(nodes[i], nodes[best]):
            best = i
    return nodes.pop(best)


def build(text):
    freq = {}
    for c in text:
        freq[c] = freq.get(c, 0) + 1
    nodes = []
    order = 0
    for c, n in freq.items():
        nodes.append(HNode(n, order, c, None, None))
        order += 1
    while len(nodes) > 1:
        a = take_lightest(nodes)
        b = take_lightest(nodes)
        nodes.append(HNode(a.weight + b.weight, order, "", a, b))
        order += 1
    return nodes[0], freq


def codes(node, prefix, table):
    if node.left is None or node.right is None:
        if prefix == "":
            prefix = "0"
        table[node.symbol] = prefix
        return
    codes(node.left, prefix + "0", table)
    codes(node.right, prefix + "1", table)


def decode(root, bits):
    out = []
    node = root
    for b in bits:
        if b == "0":
            if node.left is not None:
                node = node.left
        else:
            if node.right is not None:
                node = node.right
        if node.left is None:
            out.append(node.symbol)
            node = root
    return "".join(out)


def entry_point(argv):
    for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox jumps over the lazy dog"]:
        root, freq = build(text)
        table = {}
        codes(root, "", table)
        bits = "".join([table[c] for c in text])
        back = decode(root, bits)
        symbols = list(table.keys())
        symbols.sort()
        write_stdout("%s: %d bits (vs %d), round trip %s\n" % (text, len(bits), 8 * len(text), str(back == text)))
        write_stdout("  %s\n" % " ".join(["%s=%s" % (s.replace(" ", "_"), table[s]) for s in symbols]))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
