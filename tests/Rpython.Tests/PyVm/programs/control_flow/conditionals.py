# if/elif/else chains, conditional expressions, chained comparisons, and/or values.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
x = 5
print(1 < x < 10, 1 < x > 4, 10 > x >= 5 == 5, 1 < 2 < 3 < 2)
print(0 or "default", "" or [] or None, 3 and 4, 0 and 1/0, None or 0 or "last")
print("even" if x % 2 == 0 else "odd", not x, not not x)
y = [] if x > 10 else [x] if x > 3 else None
print(y)
