# A word-frequency count over a generated file.
lines = ["the cat sat on the mat", "the dog ate the cat's food", "a cat and a dog"]
with open("text.txt", "w") as f:
    for line in lines:
        print(line, file=f)
counts = {}
with open("text.txt") as f:
    for line in f:
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(word, n)
