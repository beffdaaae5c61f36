# assert raises AssertionError with an optional message.
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    assert isinstance(x, int)
    return x
print(check(5))
for v in (-1, 2.5):
    try:
        check(v)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print("bare", repr(e))
