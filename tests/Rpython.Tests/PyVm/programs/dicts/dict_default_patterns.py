# Patterns for defaults: get with default, setdefault lists, a counter with dict.get.
inventory = {"apples": 3}
for item, n in [("apples", 2), ("pears", 5), ("apples", -1), ("kiwis", 0)]:
    inventory[item] = inventory.get(item, 0) + n
print(inventory)
graph = {}
for a, b in [(1, 2), (1, 3), (2, 3), (3, 1)]:
    graph.setdefault(a, []).append(b)
    graph.setdefault(b, [])
print(graph)
print({k: v for k, v in inventory.items() if v})
