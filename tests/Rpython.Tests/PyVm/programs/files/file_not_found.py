# Opening a missing file raises FileNotFoundError (an OSError).
try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open("no_such_file.txt", "r")
except OSError as e:
    print("OSError errno", e.errno, type(e).__name__)
with open("exists.txt", "w") as f:
    f.write("x")
with open("exists.txt") as f:
    print(f.read())
