# str.maketrans and translate.
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table))
table2 = str.maketrans("", "", "aeiou")
print("education is key".translate(table2))
table3 = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello world and more".translate(table3))
print(str.maketrans("ab", "cd") == {97: 99, 98: 100})
