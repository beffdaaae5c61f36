import sys
from rpython.rlib.rstring import StringBuilder


def repeat_joined(word, times, separator):
    builder = StringBuilder()
    for i in range(times):
        if i > 0:
            builder.append(separator)
        builder.append(word)
    return builder.build()


def escape(text):
    builder = StringBuilder(len(text))
    for c in text:
        if c == "<":
            builder.append("&lt;")
        elif c == ">":
            builder.append("&gt;")
        else:
            builder.append(c)
    return builder.build()


def entry_point(argv):
    a = repeat_joined("ab", 3 + len(argv), ", ")
    b = escape("<b>" + argv[0] + "</b>")
    return len(a) + len(b)


if __name__ == "__main__":
    entry_point(sys.argv)
