# None defaults computed at call time, defaults mixed with keyword-only parameters and closures.
def make_list(n, fill=None):
    fill = 0 if fill is None else fill
    return [fill] * n
print(make_list(3), make_list(2, "x"))
def window(seq, size=2, step=None):
    step = size if step is None else step
    return [seq[i:i + size] for i in range(0, len(seq) - size + 1, step)]
print(window("abcdef"), window("abcdef", 3, 1), window([1, 2, 3, 4, 5], step=1))
def counter(start=0, *, step=1):
    n = start
    def nxt():
        nonlocal n
        n += step
        return n
    return nxt
c = counter(10, step=5)
print(c(), c(), counter()())
