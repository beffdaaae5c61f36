# read(n), readline() at end of file, and reading an empty file.
with open("data.txt", "w") as f:
    f.write("abcdef\nghij\n")
f = open("data.txt")
print(repr(f.read(3)), repr(f.read(2)), repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.read()))
f.close()
print(f.closed)
open("empty.txt", "w").close()
with open("empty.txt") as g:
    print(repr(g.read()), g.readlines())
