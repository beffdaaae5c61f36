# import statements inside functions bind locally; the module is cached.
def use():
    import _counter
    return _counter.bump()
print(use(), use(), use())
import _counter
print(_counter.count)
def get_pi():
    from _geometry import PI
    return PI
print(get_pi())
