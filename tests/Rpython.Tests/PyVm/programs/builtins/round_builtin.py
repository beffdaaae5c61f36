# round: banker's rounding for ties, ndigits positive and negative, ints stay ints.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.7), round(-3.7))
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(1234.5678, -2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), round(-15, -1), round(1e20), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(0.1 + 0.2, 10), round(123456789, -4), round(float("1e-20"), 5))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
