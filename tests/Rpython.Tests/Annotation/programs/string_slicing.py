import sys


def split_extension(filename):
    dot = filename.rfind(".")
    if dot <= 0:
        return filename, ""
    return filename[:dot], filename[dot + 1:]


def middle(s):
    if len(s) < 3:
        return s
    return s[1:-1]


def entry_point(argv):
    base, ext = split_extension("archive.tar.gz")
    other_base, other_ext = split_extension(argv[0])
    m = middle("[content]")
    return len(base) + len(ext) + len(other_base) + len(other_ext) + len(m)


if __name__ == "__main__":
    entry_point(sys.argv)
