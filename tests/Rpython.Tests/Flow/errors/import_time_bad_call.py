def two(a, b):
    return a + b


X = two(1)
Y = undefined_at_import
