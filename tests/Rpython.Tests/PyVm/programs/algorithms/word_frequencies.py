# Text statistics: word frequencies, longest words, letter histogram.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
print(sorted({w for w in words if len(w) == max(map(len, words))}))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
for ch, n in sorted(letters.items(), key=lambda kv: -kv[1])[:5]:
    print(ch, "#" * n)
