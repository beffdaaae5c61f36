# Writing a text file and reading it back whole, by lines, and line by line.
with open("notes.txt", "w") as f:
    f.write("first line\n")
    f.write("second line\n")
    n = f.write("third line without newline")
print(n)
with open("notes.txt") as f:
    print(repr(f.read()))
with open("notes.txt", "r") as f:
    print(f.readlines())
with open("notes.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line.rstrip("\n")))
