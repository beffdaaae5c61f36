# Missing keys: [] raises KeyError, get returns a default, in tests; keys that are equal numbers collide.
d = {1: "one", 2.5: "two and a half", (1, 2): "pair"}
print(d[1.0], d.get(True), d.get(2), d.get(2, "none"), (1, 2) in d, [1, 2] in [k for k in d])
for key in (3, "1", (2, 1)):
    try:
        print(d[key])
    except KeyError as e:
        print("KeyError:", e)
try:
    d[[1, 2]]
except TypeError as e:
    print("TypeError:", e)
