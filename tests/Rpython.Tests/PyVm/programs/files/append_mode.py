# Mode "a" appends; mode "w" truncates.
for i in range(3):
    with open("log.txt", "a") as f:
        f.write("entry %d\n" % i)
with open("log.txt") as f:
    print(f.read(), end="")
with open("log.txt", "w") as f:
    f.write("reset\n")
with open("log.txt") as f:
    print(f.read(), end="")
