# An opening parenthesis never closed.
values = [1, 2,
          3, 4
print(values)
