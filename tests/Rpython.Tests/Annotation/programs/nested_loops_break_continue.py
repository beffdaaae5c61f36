import sys


def first_pair_with_sum(values, target):
    found_i = -1
    found_j = -1
    for i in range(len(values)):
        if values[i] > target:
            continue
        for j in range(i + 1, len(values)):
            if values[i] + values[j] == target:
                found_i = i
                found_j = j
                break
        if found_i >= 0:
            break
    return found_i, found_j


def count_coprime_pairs(n):
    count = 0
    for a in range(1, n):
        for b in range(1, n):
            if a == b:
                continue
            x, y = a, b
            while y:
                x, y = y, x % y
            if x != 1:
                continue
            count += 1
    return count


def entry_point(argv):
    i, j = first_pair_with_sum([8, 1, 5, 3, 7, len(argv)], 10)
    return i + j + count_coprime_pairs(8)


if __name__ == "__main__":
    entry_point(sys.argv)
