def numbers(n):
    for i in range(n):
        yield i


def entry_point(argv):
    total = 0
    for x in numbers(3):
        total += x
    return total
