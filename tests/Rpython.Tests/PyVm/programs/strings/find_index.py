# find, rfind, index, rindex with start/end; count.
s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("z"), s.find("a", 4), s.find("a", 4, 6), s.find(""))
print(s.rfind("a"), s.rfind("bra"), s.rfind("z"), s.rfind("a", 0, 5), s.rfind(""))
print(s.index("c"), s.rindex("a"), s.index("ra", 5))
print(s.count("a"), s.count("bra"), s.count(""), s.count("a", 3), s.count("aa"))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q")
except ValueError as e:
    print("ValueError:", e)
print("b" in s, "cad" in s, "dac" in s, "" in s, "x" not in s)
