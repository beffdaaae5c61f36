# Strings of bools, bool() of strings and numbers, and int/str round trips.
print(str(True) + "!", "x" * True, "y" * False + ".")
print(int("1") == True, bool("False"), bool("0"), bool(int("0")))
print(f"{True}", "%s %d %r" % (True, True, False), format(True, "d"), format(False, "5"))
print(repr([True, None, False]), (True, None))
print(True.real, True.numerator, (True).bit_length())
