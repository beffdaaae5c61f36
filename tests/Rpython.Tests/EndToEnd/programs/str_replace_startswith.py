"""str.replace (all occurrences, empty results, replacing with longer and shorter text, a
needle not present), startswith and endswith (empty prefixes, longer than the string)."""
from rpython.rlib.rfile import write_stdout


def flag(b):
    if b:
        return "yes"
    return "no"


def entry_point(argv):
    s = "the cat sat on the mat"
    write_stdout(s.replace("at", "og") + "\n")
    write_stdout(s.replace("the ", "") + "\n")
    write_stdout(s.replace(" ", "  ") + "\n")
    write_stdout(s.replace("dog", "cat") + "\n")
    write_stdout("aaaa".replace("aa", "b") + "\n")
    write_stdout("aaa".replace("a", "") + "|\n")
    write_stdout("a.b.c".replace(".", "::") + "\n")
    write_stdout("tab\there".replace("\t", "\\t") + "\n")
    template = "Dear {name}, you owe {amount}. Thanks, {name}'s bank."
    letter = template.replace("{name}", "Ada").replace("{amount}", "42 EUR")
    write_stdout(letter + "\n")
    for p in ["the", "", "the cat sat on the mat!", "cat", "t"]:
        write_stdout("startswith('%s'): %s, endswith: %s\n" % (p, flag(s.startswith(p)), flag(s.endswith(p))))
    write_stdout("mat: %s, at: %s, on: %s\n" % (flag(s.endswith("mat")), flag(s.endswith("at")), flag(s.endswith("on"))))
    files = ["main.py", "README.md", "test_main.py", "setup.cfg", "py"]
    for f in files:
        kind = "other"
        if f.startswith("test_") and f.endswith(".py"):
            kind = "test"
        elif f.endswith(".py"):
            kind = "source"
        elif f.endswith(".md"):
            kind = "doc"
        write_stdout("%s: %s\n" % (f, kind))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
