# strip, lstrip, rstrip with and without chars; removeprefix/removesuffix.
s = "  \t hello there \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixyx".strip("xy")), repr("xxhixyx".lstrip("x")), repr("xxhixyx".rstrip("xy")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("".strip()), repr("   ".strip()))
print("prefix_name".removeprefix("prefix_"), "prefix_name".removeprefix("nope"))
print("file.py".removesuffix(".py"), "file.py".removesuffix(".txt"))
