# Word counting and grouping with dicts.
text = "the cat and the hat and the bat sat on the mat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), []).append(w)
print(by_len)
first = {}
for i, ch in enumerate(text):
    if ch not in first and ch != " ":
        first[ch] = i
print(first)
