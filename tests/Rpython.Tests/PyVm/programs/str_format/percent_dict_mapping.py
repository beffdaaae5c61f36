# %-formatting with a mapping, repeated keys and mixed types.
data = {"x": 1.5, "y": -2, "name": "pt", "tags": ["a", "b"]}
print("%(name)s=(%(x).2f, %(y)+d) %(tags)r %(x)s" % data)
print("%(x)08.3f|%(y)-5d|" % data)
print("%s" % {"a": 1}, "%r" % ("a",))
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
print("%d%%" % 50)
