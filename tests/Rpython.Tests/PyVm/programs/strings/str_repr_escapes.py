# repr of strs picks quotes and escapes control characters.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "back\\slash",
          "\x00\x07\x1b", "é", "\u2028", "\x7f", "\U0001F600"]:
    print(repr(s))
print(str("x"), repr(""), ascii("é\u20ac"))
print("a\tb", "c\\d")
