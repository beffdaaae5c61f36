# Sorting strs: lexicographic by code point, key=str.lower, by length.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Éclair", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))
print(max(words), min(words), max(words, key=len))
