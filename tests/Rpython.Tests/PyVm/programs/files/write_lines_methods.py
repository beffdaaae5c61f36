# writelines, print(file=), and reading with iteration and strip.
with open("out.txt", "w") as f:
    f.writelines(["a\n", "b\n"])
    f.writelines("cd")
    print("\n", "e", sep="", file=f)
    print(1, 2, 3, sep=",", file=f)
with open("out.txt") as f:
    content = f.read()
print(repr(content))
with open("out.txt") as f:
    print([line.strip() for line in f])
