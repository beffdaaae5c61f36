import sys


def index_of_first_negative(values):
    for i in range(len(values)):
        if values[i] < 0:
            break
    else:
        return -1
    return i


def all_short(words, limit):
    for w in words:
        if len(w) > limit:
            return False
    else:
        return True


def entry_point(argv):
    a = index_of_first_negative([3, 1, -4, 1])
    b = index_of_first_negative([len(argv)])
    c = 1 if all_short(argv, 100) else 0
    return a + b + c


if __name__ == "__main__":
    entry_point(sys.argv)
