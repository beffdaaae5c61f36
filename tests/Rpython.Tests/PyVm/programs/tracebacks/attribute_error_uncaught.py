# AttributeError on None, uncaught inside a function.
def first_word(s):
    return s.split()[0]

print(first_word("hello world"))
result = None
print(first_word(result))
