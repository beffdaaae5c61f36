def helper(x):
    return x * 3 + 1


def main(x):
    op = x % 4
    if op == 0:
        return helper(x)
    elif op == 1:
        return x - 1
    elif op == 2:
        return x + 2
    return helper(x + 5)
