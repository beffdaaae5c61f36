# TypeError from mixing types, raised inside a lambda called by map.
items = ["1", 2, "3"]
print(sorted(map(lambda s: s + "!", items)))
