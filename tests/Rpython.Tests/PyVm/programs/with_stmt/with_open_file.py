# Files are context managers: closed after the block, even on error.
with open("with_tmp.txt", "w") as f:
    f.write("first\nsecond\n")
print(f.closed)
with open("with_tmp.txt") as f:
    print(f.readline().strip(), f.closed)
print(f.closed)
try:
    with open("with_tmp.txt") as f:
        raise ValueError("oops")
except ValueError:
    print("closed after error:", f.closed)
