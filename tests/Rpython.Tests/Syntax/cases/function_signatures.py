# empty, positional, defaults, trailing commas
def f0(): pass
def f1(a): pass
def f2(a,): pass
def f3(a, b=1, c=2,): pass
# *args, **kwargs, keyword-only with and without defaults
def f4(*args): pass
def f5(**kwargs): pass
def f6(*args, **kwargs,): pass
def f7(*, a): pass
def f8(*, a=1, b, c=3): pass
def f9(a, *args, b, c=1, **kw): pass
# positional-only parameters
def g1(a, /): pass
def g2(a, /,): pass
def g3(a, b=1, /, c=2): pass
def g4(a, /, *, b): pass
def g5(a=1, /, b=2, *args, c, d=4, **kw): pass
def g6(a, b, /, c, d, *, e, f): pass
# annotations on every parameter kind, and on the return
def h1(a: int, b: str = '', *args: int, c: 'C' = None, **kw: dict) -> None: pass
def h2(a: int, /, b: list[int] = [], *, c: lambda: 0 = 1) -> (yield): pass
def h3(*args: *Ts): pass
def h4(self, x: 'int | None' = None) -> tuple[int, ...]:
    pass
# defaults that are complex expressions
def k1(a=[], b={}, c=(), d=lambda: 0, e=x if y else z, f=not g, h=(yield)): pass
def k2(a=-1, b=+1, c=~1, d=1 + 2 * 3, e='s' 'concat', f=b'x', g=f'{v}'): pass
# parameters spread over lines, with comments
def m(
    a,  # first
    b: int = 1,
    /,
    c=2,
    *,
    d,
    **e,
):
    pass
# nested functions, one-line bodies, return forms
def outer():
    def inner(x): return x
    return inner
def r1(): return
def r2(): return 1, 2
def r3(): return (1, 2)
def r4(): return *a, b
