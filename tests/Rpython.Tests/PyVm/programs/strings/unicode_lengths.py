# Unicode strs: lengths in code points, encode to UTF-8, slicing multibyte text.
s = "naïve café – 日本語 😀"
print(len(s), len(s.encode("utf-8")))
print(s[6:10], s[-1] == "😀", s[13:16])
print(s.upper())
print([ord(c) for c in s[-5:]])
print(s.encode("utf-8")[:8])
print(b"caf\xc3\xa9".decode("utf-8"))
print("日本語".find("本"), "日本語"[::-1])
