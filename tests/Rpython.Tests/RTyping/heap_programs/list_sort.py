# list.sort() of ints, floats, strs, chars, bools and tuples (nested, with strs and floats): empty,
# one item, sorted, reversed, duplicates, long enough to merge runs of the merge sort.


def ints_text(items):
    return ",".join([str(x) for x in items])


def lcg(seed, count, modulo):
    items = []
    x = seed
    for i in range(count):
        x = (x * 1103515245 + 12345) % 2147483648
        items.append(x % modulo - modulo // 2)
    return items


def sort_ints(n):
    empty = [n][1:]  # (a list display [] alone would have no item type)
    empty.sort()
    one = [n]
    one.sort()
    up = [1, 2, 3, 4]
    up.sort()
    down = [n + 5, n + 4, n + 3, n, n - 1]
    down.sort()
    big = lcg(n, 100 + n % 37, 50)
    big.sort()
    ordered = 1
    for i in range(1, len(big)):
        if big[i - 1] > big[i]:
            ordered = 0
    return ints_text(empty) + "|" + ints_text(one) + "|" + ints_text(up) + "|" + ints_text(down) + "|" + str(ordered) + ":" + ints_text(big[:5]) + ":" + ints_text(big[-3:])


def sort_floats(n):
    fl = [2.5, -1.0, 0.0, float(n), -0.0, 1e10, -3.25]
    fl.sort()
    return ints_text([int(f * 4) for f in fl])


def sort_strs(n):
    words = ["pear", "apple", "", "Apple", "app", "\u00e9t\u00e9", "zebra", "apple", str(n), "\U0001f600", "~"]
    words.sort()
    chars = [c for c in "hello, world " + str(n)]
    chars.sort()
    flags = [n > 0, False, True, n % 2 == 0]
    flags.sort()
    return "|".join(words) + "/" + "".join(chars) + "/" + ints_text([int(b) for b in flags])


def sort_tuples(n):
    records = [("bob", 3), ("alice", 5), ("bob", 1), ("alice", n), ("carl", 0), ("alice", 5)]
    records.sort()
    nested = [((n % 3, "b"), 2.5), ((0, "a"), 1.0), ((n % 3, "a"), -1.0), ((0, "a"), 0.5)]
    nested.sort()
    many = [(x % 7, -x) for x in lcg(n + 1, 60, 1000)]
    many.sort()
    ok = 1
    for i in range(1, len(many)):
        if many[i] < many[i - 1]:
            ok = 0
    parts = ["%s%d" % (name, k) for name, k in records]
    parts.append(ints_text([int(f * 2) for inner, f in nested]))
    parts.append(str(ok))
    return " ".join(parts)


def main(n):
    return sort_ints(n) + "\n" + sort_floats(n) + "\n" + sort_strs(n) + "\n" + sort_tuples(n)
