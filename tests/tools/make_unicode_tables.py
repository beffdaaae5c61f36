#!/usr/bin/env python3
"""Write toolchain/Rpython.Runtime/UnicodeDatabase.Tables.cs: the character database of
CPython 3.11 (Unicode 14.0.0) that str's predicates and case mappings use, as the runtime's
UnicodeDatabase reads it.

Usage::

    python3 tests/tools/make_unicode_tables.py [--check]

Everything is asked of CPython itself, character by character, so the tables say what CPython
does (not what a Unicode file says):

* the flags of each code point, as runs of code points with the same flags (``FlagStarts``,
  ``FlagValues``): ALPHA ``c.isalpha()``, DIGIT ``c.isdigit()``, NUMERIC ``c.isnumeric()``, UPPER
  ``c.isupper()``, LOWER ``c.islower()``, TITLE a titlecase letter (``c.istitle()`` and neither
  upper nor lower), SPACE ``c.isspace()``, DECIMAL ``c.isdecimal()``, CASE_IGNORABLE the
  property str.lower() skips when it looks for the context of a final sigma.  CPython does not expose Case_Ignorable; it shows in
  lower(): a capital sigma after a cased letter and before the end of the string is final (ς),
  and characters between them are skipped when case-ignorable.  So for a character c,
  ('A' + c + 'Σ').lower() ends with ς when c is case-ignorable or cased, and (c + 'Σ').lower()
  ends with ς when c is cased and not case-ignorable; cased is UPPER, LOWER or TITLE.
* the one-character case mappings, ``c.upper()`` and ``c.lower()`` when they are one character
  and not c itself, as runs (first, last, step, delta): every step-th code point from first to
  last maps to itself plus delta (``UpperRuns``, ``LowerRuns``);
* the mappings to several characters (``SpecialUpper``, ``SpecialLower``): the code point and up
  to three code points, 0 for none;
* in the same layout, the code points whose title-case mapping ``c.title()`` is not ``c.upper()``
  (``SpecialTitle``: 'ǆ' is 'ǅ', 'ß' is 'Ss') and those whose ``c.casefold()`` is not ``c.lower()``
  (``SpecialFold``: 'ß' is 'ss', 'ς' is 'σ'), with their whole mapping.

With --check the file is not written; the exit status is 1 if it differs from what would be.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = os.path.normpath(os.path.join(HERE, "..", "..", "toolchain", "Rpython.Runtime", "UnicodeDatabase.Tables.cs"))

if sys.version_info[:2] != (3, 11):
    sys.exit("make_unicode_tables.py: run this with CPython 3.11 (the oracle), not %s" % sys.version.split()[0])

ALPHA, DIGIT, NUMERIC, UPPER, LOWER, TITLE, SPACE, CASE_IGNORABLE, DECIMAL = (1 << i for i in range(9))
LIMIT = 0x110000


def flags(c):
    f = 0
    if c.isalpha():
        f |= ALPHA
    if c.isdigit():
        f |= DIGIT
    if c.isnumeric():
        f |= NUMERIC
    if c.isupper():
        f |= UPPER
    if c.islower():
        f |= LOWER
    if c.istitle() and not c.isupper() and not c.islower():
        f |= TITLE
    if c.isspace():
        f |= SPACE
    if c.isdecimal():
        f |= DECIMAL
    cased = f & (UPPER | LOWER | TITLE)
    final_after_c = ("A" + c + "\u03a3").lower()[-1] == "\u03c2"
    final_after_c_alone = (c + "\u03a3").lower()[-1] == "\u03c2"
    if (not final_after_c_alone) if cased else final_after_c:
        f |= CASE_IGNORABLE
    return f


def flag_runs():
    starts, values = [], []
    for cp in range(LIMIT):
        f = flags(chr(cp))
        if not values or values[-1] != f:
            starts.append(cp)
            values.append(f)
    return starts, values


def mapping_runs(mapping):
    runs = []  # [first, last, step, delta]
    for cp in range(LIMIT):
        m = mapping(chr(cp))
        if len(m) != 1 or ord(m) == cp:
            continue
        delta = ord(m) - cp
        if runs:
            first, last, step, d = runs[-1]
            gap = cp - last
            if d == delta and ((first == last and gap in (1, 2)) or gap == step):
                runs[-1] = [first, cp, gap, d]
                continue
        runs.append([cp, cp, 1, delta])
    return runs


def special(mapping, unless=None):
    """The rows of the code points whose mapping is several characters, or, given ``unless``,
    is not what ``unless`` maps them to."""
    rows = []
    for cp in range(LIMIT):
        m = mapping(chr(cp))
        if (len(m) > 1) if unless is None else (m != unless(chr(cp))):
            assert len(m) <= 3
            rows.append([cp] + [ord(x) for x in m] + [0] * (3 - len(m)))
    return rows


def numbers(values, per_line, fmt="0x{:X}"):
    lines = []
    for i in range(0, len(values), per_line):
        lines.append("        " + " ".join(fmt.format(v) + "," for v in values[i:i + per_line]))
    return "\n".join(lines)


def table(name, element, values, per_line, fmt="0x{:X}"):
    return "    private static ReadOnlySpan<%s> %s =>\n    [\n%s\n    ];\n" % (element, name, numbers(values, per_line, fmt))


def generate():
    starts, values = flag_runs()
    upper, lower = mapping_runs(str.upper), mapping_runs(str.lower)
    special_upper, special_lower = special(str.upper), special(str.lower)
    special_title, special_fold = special(str.title, unless=str.upper), special(str.casefold, unless=str.lower)
    flat = lambda rows: [v for row in rows for v in row]
    parts = [
        "// <auto-generated>\n"
        "// Written by tests/tools/make_unicode_tables.py from CPython %s (Unicode %s): do not edit.\n"
        "// The layout of each table is described there and in UnicodeDatabase.cs.\n"
        "// </auto-generated>\n" % (sys.version.split()[0], __import__("unicodedata").unidata_version),
        "namespace Rpython.Runtime;\n",
        "public static partial class UnicodeDatabase\n{",
        table("FlagStarts", "int", starts, 12),
        table("FlagValues", "ushort", values, 24, "{}"),
        table("UpperRuns", "int", flat(upper), 16, "{}"),
        table("LowerRuns", "int", flat(lower), 16, "{}"),
        table("SpecialUpper", "int", flat(special_upper), 16),
        table("SpecialLower", "int", flat(special_lower), 16),
        table("SpecialTitle", "int", flat(special_title), 16),
        table("SpecialFold", "int", flat(special_fold), 16),
    ]
    return "\n".join(parts).rstrip("\n") + "\n}\n"


def main():
    text = generate()
    if "--check" in sys.argv[1:]:
        with open(TARGET, encoding="utf-8") as f:
            same = f.read() == text
        print("%s is %s" % (TARGET, "up to date" if same else "out of date"))
        sys.exit(0 if same else 1)
    with open(TARGET, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %s" % TARGET)


if __name__ == "__main__":
    main()
