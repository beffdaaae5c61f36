# Indexing a str: positive and negative indices, characters are strs of length 1.
s = "Hello, world"
print(s[0], s[4], s[-1], s[-5])
print(len(s), len(""), len(s[3]))
for i in range(-len(s), len(s), 3):
    print(i, repr(s[i]))
try:
    s[12]
except IndexError as e:
    print("IndexError:", e)
try:
    s[-13]
except IndexError as e:
    print("IndexError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
print(type(s[0]).__name__, s[0] == "H", s[True])
