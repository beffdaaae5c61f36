# variable annotations: simple names set simple=1, others simple=0
a: int
a: int = 1
(a): int = 1
a.b: int
a.b: int = 1
a[0]: int
a[0]: int = 1
(a.b): str
a: 'forward'
a: list[int] = []
a: tuple[int, ...] = ()
a: dict[str, 'X'] = {}
a: int | None = None
a: Callable[[int, str], bool]
a: Literal['x', 1]
# annotated values that are tuples, yields, starred
a: tuple = 1, 2
a: tuple = *b, c
def g():
    a: int = yield
    b: int = yield 1
# annotations are arbitrary expressions
a: f(x) = 1
a: x if y else z
a: lambda: 0
a: (yield) if False else None
a: [int]
a: 1 + 2
# annotation in class bodies and functions
class C:
    x: int
    y: str = ''
    z: 'C'
    def m(self) -> 'C':
        self.attr: int = 0
        local: float
# function annotations
def f(a: int, b: 'str' = '', *c: float, d: bool, **e: object) -> list[int]: pass
def f2(a: (int, str), b: [int]) -> None: pass
def f3() -> lambda: 0: pass
