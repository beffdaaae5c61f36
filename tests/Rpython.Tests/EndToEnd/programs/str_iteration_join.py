"""Iterating over strs character by character, building strs with lists and "".join (empty
lists, one item, separators of several characters), and str() of ints and floats joined."""
from rpython.rlib.rfile import write_stdout


def vowels_first(word):
    vowels = []
    others = []
    for c in word:
        if c in "aeiou":
            vowels.append(c)
        else:
            others.append(c)
    return "".join(vowels) + "".join(others)


def run_lengths(text):
    parts = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        parts.append("%d%s" % (j - i, text[i]))
        i = j
    return "".join(parts)


def first_words(n):
    words = []
    for w in ["a", "b", "c", "d"]:
        if len(words) < n:
            words.append(w)
    return words


def entry_point(argv):
    write_stdout("[%s] [%s] [%s]\n" % ("".join(first_words(0)), ", ".join(["one"]), " <-> ".join(first_words(3))))
    nums = []
    for i in range(-3, 4):
        nums.append(str(i * i - 2))
    write_stdout(",".join(nums) + "\n")
    floats = []
    for i in range(5):
        floats.append(str(i / 4.0))
    write_stdout(" ".join(floats) + "\n")
    for w in ["education", "rhythm", "", "aeiou", "banana"]:
        write_stdout("%s -> %s\n" % (w, vowels_first(w)))
    for t in ["aaabccdddd", "", "x", "abab", "zzzzzzzzzzzz"]:
        write_stdout("%s -> %s\n" % (t, run_lengths(t)))
    count = 0
    for c in "Mississippi":
        if c == "s":
            count += 1
    write_stdout("s appears %d times\n" % count)
    spaced = []
    for c in "spaced":
        spaced.append(c)
    write_stdout(" ".join(spaced) + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
