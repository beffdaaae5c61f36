# str.format: positional, numbered, named, attribute and index fields, conversions.
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=3))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "val"}))

class P:
    x = 5
    y = "why"

print("{0.x} {0.y}".format(P()))
print("{!r} {!s} {!a}".format("hi", "hi", "ñ"))
print("{:>6} {:<6}| {:^6} {:06.2f}".format("r", "l", "c", 3.14159))
print("{0:{1}}|".format("w", 5), "{{}} {}".format("lit"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
