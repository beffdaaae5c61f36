# Concatenation, repetition, comparisons, ord/chr.
a, b = "abc", "abd"
print(a + b, a * 3, 2 * b, repr(a * 0), repr(a * -2))
print(a < b, a <= b, a > b, a == "abc", a != b, "Z" < "a", "" < "a", "ab" < "abc")
print(ord("A"), ord("é"), ord("€"), chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
print(min("hello"), max("hello"), sorted("banana"))
s = ""
for i in range(5):
    s += str(i) * i
print(s)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
