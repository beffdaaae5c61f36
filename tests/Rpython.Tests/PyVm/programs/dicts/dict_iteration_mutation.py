# Changing a dict's size during iteration raises RuntimeError; iterate over a copy instead.
d = {i: i * i for i in range(6)}
try:
    for k in d:
        if k % 2:
            del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for k in d:
    d[k] = -d[k]
print(d)
