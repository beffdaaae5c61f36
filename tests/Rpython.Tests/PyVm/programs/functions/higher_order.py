# Functions taking and returning functions.
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run

print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, "abc"))
pipeline = compose(str, abs, lambda v: v - 100)
print(repr(pipeline(42)))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10), curry(max)(3)(8))
fs = [abs, str, len, bool]
print([f(-3) if f is not len else f("xyz") for f in fs])
