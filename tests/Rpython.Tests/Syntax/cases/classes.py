# bases, keywords, star arguments, empty parentheses
class A: pass
class B(): pass
class C(A): pass
class D(A, B,): pass
class E(A, metaclass=M): pass
class F(*bases, **kwds): pass
class G(A, *b, metaclass=M, **k): pass
class H(metaclass=M,): pass
class I(f(x)[0].y, (z)): pass
class J(Generic[T], Base[int, str]): pass
# bodies: attributes, methods, nested classes, annotations, ellipsis
class K:
    x = 1
    y: int
    z: str = 'z'
    ...

    def __init__(self, a, /, *, b=None):
        self.a = a
        super().__init__()

    class Inner:
        class Deeper:
            pass

    @classmethod
    def make(cls): return cls()
# class with docstring and semicolons
class L: "doc"; x = 1; y = 2
class M:

    pass
# class keyword argument expressions
class N(A if c else B, x=lambda: 0, y=(yield) if False else None): pass
