# A dict used first by each operation in turn. RTyperTests also runs probe() on dicts whose index
# it has removed (as a prebuilt dict has none): every operation must then build it, or do without.


class Word(object):
    def __init__(self, text):
        self.text = text


def build(n):
    d = {}
    for i in range(12 + n % 5):
        d["w" + str(i * 3)] = i + n
    return d


def checksum(d):
    total = len(d)
    for k in d:
        total = (total * 31 + len(k) * 7 + d[k]) % 1000000007
    return total


def probe(d, which):
    total = 0
    if which == 0:
        for k in d:
            total += len(k)
    elif which == 1:
        total += len(d.keys()) + len(d.values()) + len(d.items())
    elif which == 2:
        total += d["w9"]
    elif which == 3:
        if "w9" in d and "w10" not in d:
            total += 1
    elif which == 4:
        d["new"] = 5
    elif which == 5:
        del d["w3"]
    elif which == 6:
        total += d.pop("w6")
    elif which == 7:
        key, value = d.popitem()
        total += len(key) + value
    elif which == 8:
        d = d.copy()
        d["w0"] = 77
    elif which == 9:
        other = {"x": 1}
        other.update(d)
        total += checksum(other)
    elif which == 10:
        total += d.setdefault("w12", 0) + d.setdefault("zz", 3)
    elif which == 11:
        total += d.get("w15", -1) + d.get("nope", -1)
    elif which == 12:
        d.clear()
    elif which == 13:
        if d:
            total += len(d)
    for i in range(40):
        d["k" + str(i)] = i
    for i in range(0, 40, 3):
        del d["k" + str(i)]
    return total + checksum(d)


def identities(n):
    """Instance keys: their identity hashes are only known at run time."""
    words = [Word("a"), Word("b"), Word("c")]
    d = {}
    for w in words:
        d[w] = len(w.text) + n
    return d, words


def probe_identities(d, words):
    total = d[words[1]] + len(d)
    del d[words[0]]
    d[Word("z")] = 9
    for w in d:
        total = total * 3 + d[w]
    return total


def main(n):
    total = 0
    for which in range(14):
        total = (total * 7 + probe(build(n), which)) % 1000000007
    d, words = identities(n)
    return total + probe_identities(d, words)
