# Operations on None raise TypeError or AttributeError with CPython's messages.
n = None
try:
    n + 1
except TypeError as e:
    print("TypeError:", e)
try:
    n()
except TypeError as e:
    print("TypeError:", e)
try:
    n[0]
except TypeError as e:
    print("TypeError:", e)
try:
    n.foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(n)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in n:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    n < 1
except TypeError as e:
    print("TypeError:", e)
