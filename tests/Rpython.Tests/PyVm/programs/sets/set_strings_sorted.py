# Sets of strs are printed sorted (their order depends on str hashing).
words = "to be or not to be that is the question".split()
uniq = set(words)
print(len(uniq), sorted(uniq))
vowels = set("aeiou")
print(sorted(vowels & set("question")), sorted(set("hello") - vowels))
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups)
print(sorted({w[0] for w in words}))
