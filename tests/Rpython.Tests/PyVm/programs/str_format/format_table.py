# A formatted report combining several features.
rows = [("Widget", 3, 4.5), ("Gadget", 12, 19.99), ("Thingamajig", 1, 1250.0)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}")
total = 0.0
for name, qty, price in rows:
    line_total = qty * price
    total += line_total
    print(f"{name:<12}{qty:>5d}{price:>10.2f}{line_total:>12,.2f}")
print("=" * 39)
print(f"{'TOTAL':<27}{total:>12,.2f}")
print("{:-^39}".format(" end "))
