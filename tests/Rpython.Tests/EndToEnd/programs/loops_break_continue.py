"""Loop control: break and continue in for and while loops, nested loops with a flag to leave
both, loops over empty ranges, a while loop whose condition changes inside, and searching with
for/else."""
from rpython.rlib.rfile import write_stdout


def find_pair(values, target):
    for i in range(len(values)):
        for j in range(i + 1, len(values)):
            if values[i] + values[j] == target:
                return i, j
    return -1, -1


def entry_point(argv):
    out = []
    for i in range(20):
        if i % 3 == 0:
            continue
        if i > 14:
            break
        out.append(str(i))
    write_stdout("for: %s\n" % " ".join(out))
    out = []
    n = 0
    while True:
        n += 1
        if n % 2 == 0:
            continue
        if n > 11:
            break
        out.append(str(n))
    write_stdout("while: %s\n" % " ".join(out))
    found = False
    fi = -1
    fj = -1
    for i in range(1, 10):
        for j in range(1, 10):
            if i * j == 42:
                found = True
                fi = i
                fj = j
                break
        if found:
            break
    write_stdout("first product 42: %d x %d\n" % (fi, fj))
    i, j = find_pair([8, 3, 11, 5, 7, 2], 12)
    write_stdout("pair summing to 12: %d %d\n" % (i, j))
    i, j = find_pair([1, 2, 3], 100)
    write_stdout("pair summing to 100: %d %d\n" % (i, j))
    empty_runs = 0
    for k in range(5, 5):
        empty_runs += 1
    for k in range(0):
        empty_runs += 1
    write_stdout("empty loops ran %d times\n" % empty_runs)
    for p in [9, 11, 15, 17]:
        for d in range(2, p):
            if p % d == 0:
                write_stdout("%d = %d * %d\n" % (p, d, p // d))
                break
        else:
            write_stdout("%d is prime\n" % p)
    limit = 100
    k = 1
    count = 0
    while k < limit:
        k *= 3
        limit -= 10
        count += 1
    write_stdout("k=%d limit=%d count=%d\n" % (k, limit, count))
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
