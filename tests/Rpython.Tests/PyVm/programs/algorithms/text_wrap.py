# Greedy word wrapping and justification.
text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump!")
def wrap(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    return lines + [cur] if cur else lines
def justify(line, width):
    if len(line) == 1:
        return line[0]
    gaps, spaces = len(line) - 1, width - sum(map(len, line))
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + line[-1]
for line in wrap(text.split(), 30):
    print("|" + justify(line, 30) + "|")
