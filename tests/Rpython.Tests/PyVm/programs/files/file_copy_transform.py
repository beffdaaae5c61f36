# Copying a file line by line with a transformation, then comparing.
with open("src.txt", "w") as f:
    for i in range(1, 6):
        f.write("line %d: %s\n" % (i, "x" * i))
with open("src.txt") as src, open("dst.txt", "w") as dst:
    for line in src:
        dst.write(line.upper().replace("X", "#"))
with open("dst.txt") as f:
    print(f.read(), end="")
with open("src.txt") as a, open("dst.txt") as b:
    print(sum(1 for x, y in zip(a, b) if x != y))
