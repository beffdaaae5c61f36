# Substring search loops: count occurrences overlapping and not.
def count_overlapping(s, sub):
    n = 0
    i = s.find(sub)
    while i != -1:
        n += 1
        i = s.find(sub, i + 1)
    return n

text = "aaaaa banana ananas"
for sub in ["a", "aa", "ana", "nan", "x"]:
    print(sub, text.count(sub), count_overlapping(text, sub))
words = text.split()
print([w for w in words if "an" in w])
