# isdigit, isalpha, isalnum, isspace, isupper, islower, istitle, isdecimal, isnumeric, isidentifier.
words = ["abc", "ABC", "Abc", "123", "abc123", " \t\n", "", "a b", "Hello World", "x_1", "1x", "½", "٣"]
for w in words:
    print(repr(w), w.isdigit(), w.isalpha(), w.isalnum(), w.isspace(), w.isupper(), w.islower(),
          w.istitle(), w.isdecimal(), w.isnumeric(), w.isidentifier())
print("ABC1".isupper(), "abc!".islower(), "123".isupper())
