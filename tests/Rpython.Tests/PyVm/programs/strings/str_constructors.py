# str() of various objects, and int/float/str round trips.
print(str(42), str(-7), str(3.5), str(True), str(None), str([1, "a"]), str((1,)), str({"k": 2}))
print(str(), repr(str()), str("x"), str(b"ab"), str(10 ** 20))
print(int("42") + 1, float("2.5") * 2, str(1e16), str(1e-5), str(123456789.0))
print(len(str(2 ** 100)), str(0.1 + 0.2))
print(str.upper("abc"), str.join("+", ["1", "2"]))
