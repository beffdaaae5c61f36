# Keyword arguments, mixing with positional, errors for duplicates and unknowns.
def box(width, height, depth=1, *, unit="cm"):
    return "%dx%dx%d %s" % (width, height, depth, unit)

print(box(1, 2), box(1, 2, 3), box(height=5, width=4), box(1, depth=7, height=2, unit="in"))
for call in (lambda: box(1), lambda: box(1, 2, width=3), lambda: box(1, 2, colour="red"),
             lambda: box(1, 2, 3, 4), lambda: box()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
