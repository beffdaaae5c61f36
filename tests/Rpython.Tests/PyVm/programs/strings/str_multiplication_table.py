# Formatting a table with ljust/rjust and joins.
rows = []
for i in range(1, 6):
    rows.append(" ".join(str(i * j).rjust(3) for j in range(1, 6)))
print("\n".join(rows))
header = "|".join(name.center(8) for name in ["name", "qty", "price"])
print(header)
print("-" * len(header))
for name, qty, price in [("apple", 3, "0.50"), ("kiwi", 12, "0.25")]:
    print("|".join([name.ljust(8), str(qty).rjust(8), price.rjust(8)]))
