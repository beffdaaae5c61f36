# repr of lists containing strs, floats, None, nested and self-referencing lists.
a = [1, "two", 3.0, None, True, [4, ["five"]], (6,), {"7": 8}]
print(a)
print(repr(a) == str(a))
b = [1, 2]
b.append(b)
print(b, len(b))
print([[]], [[], []], ["it's", 'a "q"'])
