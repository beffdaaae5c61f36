# Operations on a closed file raise ValueError; writing to a read-only file raises an error.
f = open("c.txt", "w")
f.write("data")
f.close()
try:
    f.write("more")
except ValueError as e:
    print("ValueError:", e)
g = open("c.txt")
try:
    g.write("x")
except Exception as e:
    print(type(e).__name__ + ":", e)
g.close()
try:
    g.read()
except ValueError as e:
    print("ValueError:", e)
