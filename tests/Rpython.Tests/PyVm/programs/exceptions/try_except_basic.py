# Catching builtin exceptions by type, by base class, by tuple; the exception's args.
def attempt(f):
    try:
        return f()
    except ZeroDivisionError as e:
        return "ZeroDivisionError: %s" % e
    except (KeyError, IndexError) as e:
        return "lookup %s: %r" % (type(e).__name__, e.args)
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other %s: %s" % (type(e).__name__, e)

print(attempt(lambda: 1 / 0))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][0]))
print(attempt(lambda: 2.0 ** 10000))
print(attempt(lambda: int("x")))
print(attempt(lambda: undefined_name))
print(attempt(lambda: None.attr))
print(attempt(lambda: 42))
