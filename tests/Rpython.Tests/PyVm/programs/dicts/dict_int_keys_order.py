# Dicts with int keys, deletion and reinsertion, large number of entries.
d = {}
for i in range(1000):
    d[i * 7 % 1000] = i
print(len(d), d[0], d[7], d[993])
for i in range(0, 1000, 2):
    del d[i]
print(len(d), list(d)[:5], sum(d.values()))
for i in range(0, 10, 2):
    d[i] = -i
print(list(d)[-5:], d.get(2), d.get(3))
