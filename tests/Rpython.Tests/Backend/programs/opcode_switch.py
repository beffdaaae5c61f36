def step(op, acc, arg):
    # An interpreter's dispatch: a chain of equality tests of one value, which the backend emits
    # as one C# switch; the loop around it carries acc and i.
    if op == 0:
        return acc + arg
    elif op == 1:
        return acc - arg
    elif op == 2:
        return acc * arg
    elif op == 7:
        return acc // (arg + 1)
    elif op == 4:
        return -acc
    elif op == 5:
        return acc % 1000
    return acc + 1


def main(n):
    acc = n
    i = 0
    while i < 20:
        acc = step((i * 3 + n) % 9, acc, i)
        i += 1
    return acc
