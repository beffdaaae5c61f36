import sys


def render_row(cells, width):
    parts = []
    for cell in cells:
        padding = width - len(cell)
        if padding > 0:
            parts.append(cell + " " * padding)
        else:
            parts.append(cell)
    return "|" + "|".join(parts) + "|"


def render_table(rows, width):
    lines = []
    for row in rows:
        lines.append(render_row(row, width))
    return "\n".join(lines)


def entry_point(argv):
    rows = [["name", "value"], ["x", "1"], [argv[0], "2"]]
    text = render_table(rows, 6)
    return len(text) % 7


if __name__ == "__main__":
    entry_point(sys.argv)
