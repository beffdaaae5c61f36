# zfill, center, ljust, rjust with fill characters.
for s in ["7", "-42", "+3", "abc", ""]:
    print(repr(s.zfill(5)), repr(s.center(7)), repr(s.ljust(6, "*")), repr(s.rjust(6, ".")))
print(repr("abc".center(8, "-")), repr("abc".center(2)), repr("ab".center(5, "x")))
print(repr("12345".zfill(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
