import sys


def shift_char(c, shift):
    if "a" <= c <= "z":
        return chr((ord(c) - ord("a") + shift) % 26 + ord("a"))
    if "A" <= c <= "Z":
        return chr((ord(c) - ord("A") + shift) % 26 + ord("A"))
    return c


def caesar(text, shift):
    out = []
    for c in text:
        out.append(shift_char(c, shift))
    return "".join(out)


def entry_point(argv):
    secret = caesar("Hello, World", 3 + len(argv))
    plain = caesar(secret, 26 - 3 - len(argv))
    if plain == "Hello, World":
        return 0
    return 1


if __name__ == "__main__":
    entry_point(sys.argv)
