# bytes %-formatting and constructors from str.
print(b"%d-%s-%x" % (5, b"ab", 255))
print(b"%5d|%-4s|" % (42, b"x"))
print(bytes("abc", "utf-8"), bytes("é", "utf-8"), str(b"x", "utf-8"))
print(b"abc".center(9, b"*"), b"7".zfill(3), b"a,b".partition(b","))
