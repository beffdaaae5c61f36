# startswith and endswith with tuples and ranges.
s = "hello.world.py"
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6))
print(s.endswith(".py"), s.endswith((".txt", ".py")), s.startswith(("a", "b", "h")))
print(s.endswith("world", 0, 11), s.startswith(""), s.endswith(""))
print("".startswith(""), "".startswith("a"))
try:
    s.startswith(["h"])
except TypeError as e:
    print("TypeError:", e)
