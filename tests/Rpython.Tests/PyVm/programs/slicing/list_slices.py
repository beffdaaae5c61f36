# Slicing lists with all combinations of bounds and steps.
a = list(range(10))
print(a[2:7], a[:4], a[6:], a[-4:-1], a[::3], a[::-1], a[7:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:5], a[8:3], a[::-100])
print(a[slice(3)], a[slice(2, None)], a[slice(None, None, 4)])
b = a[:]
b[0] = 99
print(a[0], b[0])
s = slice(1, 9, 3)
print(s, s.start, s.stop, s.step, a[s], s.indices(5))
