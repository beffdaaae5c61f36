import sys


class Section(object):
    def __init__(self, out, name):
        self.out = out
        self.name = name

    def __enter__(self):
        self.out.append("<" + self.name + ">")
        return self

    def __exit__(self, etype, evalue, tb):
        self.out.append("</" + self.name + ">")


def render(words):
    out = []
    with Section(out, "html"), Section(out, "body") as body:
        for w in words:
            out.append(w + "@" + body.name)
    return "".join(out)


def entry_point(argv):
    return len(render(argv))


if __name__ == "__main__":
    entry_point(sys.argv)
