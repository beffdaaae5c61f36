import sys


def binary_search(items, target):
    low = 0
    high = len(items) - 1
    while low <= high:
        mid = (low + high) // 2
        if items[mid] == target:
            return mid
        elif items[mid] < target:
            low = mid + 1
        else:
            high = mid - 1
    return -1


def entry_point(argv):
    items = [i * 3 for i in range(50)]
    hit = binary_search(items, 42)
    miss = binary_search(items, 43 + len(argv))
    return hit + miss


if __name__ == "__main__":
    entry_point(sys.argv)
