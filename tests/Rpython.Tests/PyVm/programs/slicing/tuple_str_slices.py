# Slicing tuples and strs: always a new object of the same type.
t = tuple(range(10))
print(t[1:4], t[::-3], t[5:], t[:0], type(t[1:2]).__name__)
s = "0123456789"
print(s[1:4], s[::-3], s[5:], repr(s[:0]))
print(s[-3::-2], t[-3::-2])
print(range(10)[2:8:2], list(range(10)[::-1]), range(0, 20, 3)[1:4])
