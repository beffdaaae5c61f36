# Type errors of list indices and methods.
a = [1, 2, 3]
idx = "1"
for f in (lambda: a[idx], lambda: a[1.5], lambda: a.insert("0", 1), lambda: list(5), lambda: a * a):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(a[True], a[False])
