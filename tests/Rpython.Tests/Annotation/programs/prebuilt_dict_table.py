import sys

KEYWORDS = {
    "if": 1,
    "else": 2,
    "while": 3,
    "return": 4,
}

ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", "q": '"'}

INVERSE = {}
for _word, _kind in KEYWORDS.items():
    INVERSE[_kind] = _word


def token_kind(word):
    return KEYWORDS.get(word, 0)


def unescape(text):
    parts = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            parts.append(ESCAPES.get(text[i + 1], "?"))
            i += 2
        else:
            parts.append(c)
            i += 1
    return "".join(parts)


def entry_point(argv):
    total = 0
    for word in ["if", "x", "while", argv[0]]:
        kind = token_kind(word)
        if kind in INVERSE:
            total += len(INVERSE[kind])
    return total + len(unescape("a\\tb\\n\\q"))


if __name__ == "__main__":
    entry_point(sys.argv)
