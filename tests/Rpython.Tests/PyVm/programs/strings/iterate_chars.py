# Iterating over a str, building with a list, reversed, enumerate.
s = "Mississippi"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(reversed(s)), "".join(reversed(s)))
for i, ch in enumerate("abc"):
    print(i, ch)
print([c for c in s if c in "aeiou"])
vowels = sum(1 for c in s.lower() if c in "aeiou")
print(vowels)
it = iter("xy")
print(next(it), next(it), next(it, "done"))
