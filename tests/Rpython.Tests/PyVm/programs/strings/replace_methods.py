# replace with counts, empty patterns; expandtabs.
s = "one two one two one"
print(s.replace("one", "1"))
print(s.replace("one", "1", 2))
print(s.replace("one", "1", 0))
print(s.replace("three", "3"))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))
print("aaaa".replace("aa", "b"))
print("".replace("", "x"))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\tdef".expandtabs(4)))
