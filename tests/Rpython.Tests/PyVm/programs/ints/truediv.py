# True division of ints always gives a float.
print(7 / 2, 6 / 3, -7 / 2, 1 / 3, 2 / 3)
print(10 / 4, 1 / 8, 0 / 5, -0 / 5)
print(10 ** 20 / 10 ** 10, 2 ** 53 / 2)
print(type(4 / 2).__name__)
x = 9
x /= 2
print(x)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(divmod(1, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
