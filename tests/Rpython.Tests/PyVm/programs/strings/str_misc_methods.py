# Less common but handy methods: isprintable, isascii, count on slices, format_map.
for s in ["abc", "a\nb", "é", "", "\x1b"]:
    print(repr(s), s.isprintable(), s.isascii())
print("{name} is {age}".format_map({"name": "Bo", "age": 7}))
print("a-b-c".split("-", maxsplit=1), "a-b-c".rsplit(sep="-", maxsplit=1))
print("Hello".ljust(8, "!"))
print("x".join("abc").upper().lower().title())
