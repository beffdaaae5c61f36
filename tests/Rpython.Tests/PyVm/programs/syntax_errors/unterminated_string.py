# An unterminated string literal.
print("first")
s = "never closed
print(s)
