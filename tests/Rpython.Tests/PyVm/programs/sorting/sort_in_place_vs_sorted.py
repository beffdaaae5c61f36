# list.sort returns None and sorts in place; sorted returns a new list; key errors propagate.
a = [3, 1, 2]
r = a.sort()
print(r, a)
b = sorted(a, reverse=True)
print(a, b)
try:
    [1, 2, 3].sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
words = ["b", "A", "c"]
words.sort(key=str.lower)
print(words)
