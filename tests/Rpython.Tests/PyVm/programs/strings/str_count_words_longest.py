# Parsing a paragraph: sentences, words, the longest word, capitalisation fixes.
text = "the rain in spain. falls mainly on the plain!  does it?   yes, it does."
sentences = [s.strip() for s in text.replace("!", ".").replace("?", ".").split(".") if s.strip()]
print(sentences)
print([s[0].upper() + s[1:] for s in sentences])
words = [w.strip(",") for w in text.replace(".", " ").replace("!", " ").replace("?", " ").split()]
print(len(words), max(words, key=len), sorted(set(words), key=lambda w: (-len(w), w))[:4])
print(" ".join(w.capitalize() for w in words[:5]), text.count("ain"))
