#!/usr/bin/env python3
r"""Writes UnicodeNames.txt.gz beside this script: the character names that the `\N{...}` escape
of Python string literals accepts, taken from the running CPython's `unicodedata` (3.11: Unicode
14.0.0), so that our parser resolves exactly the names CPython's does. `unicodedata` cannot list
the formal name aliases it accepts (NameAliases.txt); they are taken as candidates from Perl's copy
of the Unicode database (same Unicode version) and kept where CPython's `\N{...}` accepts them.

Format, one entry per line:
    # comment
    R FIRST LAST PREFIX   a range whose names are PREFIX + the code point in hex (CJK ideographs...)
    CODE NAME             one named code point (hex), or an alias of one
The file is gzip'd with a zero timestamp so that regenerating it is byte-identical.
Usage: python3 make_unicode_names.py
"""
import gzip
import os
import unicodedata


PERL_NAMES = "/usr/share/perl/5.36.0/unicore/Name.pl"


def aliases():
    """Names CPython's \\N{...} accepts that unicodedata.name() does not give."""
    with open(PERL_NAMES, encoding="ascii") as f:
        text = f.read()
    body = text[text.index("<<'END';\n") + 9 : text.rindex("\nEND\n")]
    found = []
    for entry in body.strip().split("\n\n"):
        code, name = entry.split("\n")
        if " " in code:
            continue  # a named sequence: \\N{...} does not accept those
        cp = int(code, 16)
        if unicodedata.name(chr(cp), None) == name:
            continue
        try:
            accepted = eval('"\\N{%s}"' % name) == chr(cp)
        except SyntaxError:
            accepted = False
        if accepted:
            found.append("%X %s" % (cp, name))
    return found


def main():
    ranges = {}
    lines = ["# Unicode %s character names, from CPython's unicodedata" % unicodedata.unidata_version]
    named = []
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        suffix = "-%X" % cp
        if name.endswith(suffix):
            prefix = name[: -len(suffix) + 1]
            ranges.setdefault(prefix, []).append(cp)
        else:
            named.append("%X %s" % (cp, name))
    for prefix, codes in sorted(ranges.items()):
        first = previous = codes[0]
        for cp in codes[1:] + [None]:
            if cp != previous + 1 if cp is not None else True:
                lines.append("R %X %X %s" % (first, previous, prefix))
                first = cp
            previous = cp
    lines.extend(named)
    lines.extend(aliases())
    data = ("\n".join(lines) + "\n").encode("ascii")
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "UnicodeNames.txt.gz")
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as out:
            out.write(data)


if __name__ == "__main__":
    main()
