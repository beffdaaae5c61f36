# Full Unicode case mappings: one character may become several ('ß' -> 'SS'), title case is not
# upper case ('ǆ' -> 'ǅ'), casefold() folds further than lower(), and a capital sigma that ends a
# word lowers to 'ς' wherever a method lower-cases.
words = ["straße", "ﬁsh ﬃ", "ǆemal Ǆ", "İstanbul", "ΣΑΣ σας", "ᾀ ᾳx", "ŉab", "აბ Ა", "ᎠᎡ ꭰ", "µ ſ", "ΑΣ.Σ"]
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print([len(c.upper()) for c in "ßﬁﬃŉΐ"], "ﬁ".upper(), "İ".lower().encode("utf-8"), "ß".casefold() == "SS".casefold())
print("Straße".casefold() == "STRASSE".casefold(), "ﬁ".title(), "ǅ".swapcase(), "ǅ".istitle(), "Ǆ".istitle(), "ᾈbc".istitle())
# The Numeric_Type distinctions: decimal digits, other digits, other numerics.
for s in ["123", "٣٤", "²", "①", "½", "五", "Ⅻ", "𝟘", "१२", "x1", ""]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
