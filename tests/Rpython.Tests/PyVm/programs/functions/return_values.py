# Functions without return give None; early returns; multiple return values.
def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    if n % 2:
        return "odd"
    return "even"

print([classify(n) for n in (-3, 0, 7, 10)])
def nothing():
    x = 1
def bare():
    return
print(nothing(), bare())
def stats(xs):
    return min(xs), max(xs), sum(xs) / len(xs)
lo, hi, mean = stats([4, 8, 6, 2])
print(lo, hi, mean)
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
print(first_even([1, 3, 8, 4]), first_even([1, 3]))
