"""Text layout: greedy word wrapping to a width, full justification (extra spaces spread from
the left), centring, and right alignment, on a paragraph with long words and punctuation."""
from rpython.rlib.rfile import write_stdout

PARAGRAPH = ("RPython is a restricted subset of Python that is amenable to static analysis. "
             "Although there are additions to the language and some things might surprisingly work, "
             "this is a rough list of restrictions that should be considered. Supercalifragilistic words stay whole.")


def wrap(text, width):
    lines = []
    current = []
    length = 0
    for word in text.split():
        extra = len(word)
        if current:
            extra += 1
        if current and length + extra > width:
            lines.append(current)
            current = [word]
            length = len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0]
    letters = 0
    for w in words:
        letters += len(w)
    gaps = len(words) - 1
    spaces = width - letters
    base = spaces // gaps
    extra = spaces % gaps
    parts = []
    for i in range(len(words)):
        parts.append(words[i])
        if i < gaps:
            n = base
            if i < extra:
                n += 1
            parts.append(" " * n)
    return "".join(parts)


def center(s, width):
    pad = width - len(s)
    if pad <= 0:
        return s
    left = pad // 2
    return " " * left + s + " " * (pad - left)


def entry_point(argv):
    for width in [30, 45]:
        lines = wrap(PARAGRAPH, width)
        write_stdout("width %d: %d lines\n" % (width, len(lines)))
        for i, words in enumerate(lines):
            if i == len(lines) - 1:
                text = " ".join(words)
            else:
                text = justify(words, width)
            write_stdout("|%s|\n" % (text + " " * (width - len(text))))
    for s in ["title", "a longer heading", ""]:
        write_stdout("[%s] [%s]\n" % (center(s, 20), " " * (20 - len(s)) + s))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
