# Slices copy: modifying a slice does not change the original; nested objects are shared.
a = [[1], [2], [3]]
b = a[:2]
b.append([9])
b[0].append(100)
print(a, b)
s = "immutable"
t = s[:]
print(t == s, s[2:5] + s[:2])
c = a[::-1]
c[0][0] = "changed"
print(a)
