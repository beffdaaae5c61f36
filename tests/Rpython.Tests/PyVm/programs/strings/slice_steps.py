# Slicing with start, stop and step, including negative steps and out-of-range bounds.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[::3], s[-1:-11:-4], s[2::-1])
for step in (1, 2, 3, -1, -2, -5):
    print(step, s[::step])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
print(s[slice(1, 8, 2)], s[slice(None, None, -3)])
