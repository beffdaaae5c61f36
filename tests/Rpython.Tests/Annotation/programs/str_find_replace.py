import sys


def expand_template(template, name, value):
    return template.replace("{" + name + "}", value)


def between(text, left, right):
    start = text.find(left)
    if start < 0:
        return ""
    start += len(left)
    end = text.find(right, start)
    if end < 0:
        return ""
    return text[start:end]


def entry_point(argv):
    text = expand_template("hello {who}, [inner] {who}", "who", argv[0])
    inside = between(text, "[", "]")
    missing = between(text, "<", ">")
    return len(inside) + len(missing) + text.count("o")


if __name__ == "__main__":
    entry_point(sys.argv)
