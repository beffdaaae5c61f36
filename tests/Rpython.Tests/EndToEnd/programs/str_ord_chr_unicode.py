"""ord() and chr() over ASCII, Latin-1 and the rest of the Basic Multilingual Plane, len() of
non-ASCII strs, a Caesar cipher, and code points printed in hex. (Code points above U+FFFF:
str_astral_code_points.py.)"""
from rpython.rlib.rfile import write_stdout


def caesar(text, shift):
    out = []
    for c in text:
        o = ord(c)
        if ord("a") <= o <= ord("z"):
            out.append(chr((o - ord("a") + shift) % 26 + ord("a")))
        elif ord("A") <= o <= ord("Z"):
            out.append(chr((o - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(c)
    return "".join(out)


def entry_point(argv):
    for c in ["A", "z", "0", " ", "\n", "~", "\u00e9", "\u00ff", "\u0100", "\u03bb", "\u20ac", "\u4e2d", "\uffff"]:
        write_stdout("ord = %d (0x%x)\n" % (ord(c), ord(c)))
    for code in [65, 97, 48, 126, 233, 955, 8364, 20013, 65533]:
        c = chr(code)
        write_stdout("chr(%d) = %s, len %d, back %d\n" % (code, c, len(c), ord(c)))
    s = "na\u00efve caf\u00e9 \u20ac5 \u4e2d!"
    write_stdout("%s has %d characters\n" % (s, len(s)))
    codes = []
    for c in s:
        codes.append("%x" % ord(c))
    write_stdout(" ".join(codes) + "\n")
    write_stdout(caesar("Hello, World!", 3) + "\n")
    write_stdout(caesar(caesar("Round Trip xyz", 13), 13) + "\n")
    alphabet = []
    for i in range(26):
        alphabet.append(chr(ord("a") + i))
    write_stdout("".join(alphabet) + "\n")
    greek = []
    for i in range(0x3b1, 0x3ba):
        greek.append(chr(i))
    write_stdout("".join(greek) + "\n")
    write_stdout("%c%c%c %c\n" % (72, 105, 33, 8364))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
