# Numbers that compare equal are one set member: 1, 1.0 and True.
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s), type(sorted(s)[0]).__name__)
s = {0, False, 0.0, -0.0}
print(len(s))
print(1.0 in {1}, True in {1}, 2 ** 64 in {2 ** 64}, 2.0 ** 64 in {2 ** 64})
