# sorted with key= and reverse=, and stability across keys.
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w[-1]))
by_len = sorted(sorted(words), key=len)
print(by_len)
print(sorted(range(10), key=lambda n: (n % 3, -n)))
