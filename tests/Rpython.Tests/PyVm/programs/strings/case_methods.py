# upper, lower, capitalize, title, swapcase, casefold.
for s in ["hello World", "ABC def", "  mixed CASE 123 ", "o'neil mc-donald", ""]:
    print(repr(s.upper()), repr(s.lower()), repr(s.capitalize()))
    print(repr(s.title()), repr(s.swapcase()), repr(s.casefold()))
print("ß".upper(), "ǅ".lower(), "İ".lower().encode("utf-8"))
print("straße".casefold(), "ΣΑΣ".lower())
