import sys


def bubble_sort(items):
    n = len(items)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if items[j] > items[j + 1]:
                items[j], items[j + 1] = items[j + 1], items[j]
                swapped = True
        if not swapped:
            break


def is_sorted(items):
    for i in range(1, len(items)):
        if items[i - 1] > items[i]:
            return False
    return True


def entry_point(argv):
    numbers = [5, 2, 9, 1, len(argv), 7]
    bubble_sort(numbers)
    if is_sorted(numbers):
        return numbers[0]
    return 1


if __name__ == "__main__":
    entry_point(sys.argv)
