# Bare raise re-raises the current exception; raise inside finally; exception variable is cleared.
def inner():
    raise KeyError("deep")
def middle():
    try:
        inner()
    except KeyError:
        print("middle saw it")
        raise
try:
    middle()
except KeyError as e:
    print("outer got", repr(e))
e = "before"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
try:
    raise TypeError("type")
except TypeError as caught:
    saved = caught
print(type(saved).__name__, saved)
