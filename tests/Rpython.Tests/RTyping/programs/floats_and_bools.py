def mean(a, b):
    return (a + b) / 2


def classify(x):
    if x > 10.5:
        return 2.0
    elif x > 0:
        return 1.0
    return -1.5


def main(n):
    x = mean(n, 3)
    flag = n > 2 and not n == 7
    y = classify(x) * x
    if flag:
        y = y + 0.25
    return y
