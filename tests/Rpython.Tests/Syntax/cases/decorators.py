# decorators shift nothing: the def's position starts at 'def', not at '@'
@dec
def f():
    pass


@dec1
@dec2(arg)
@dec3.attr.chain
@dec4[0]
@dec5(a)(b)
def g(): pass


# arbitrary expressions as decorators (3.9+)
@(lambda f: f)
@a if b else c
@x := y
@buttons[0].clicked.connect
@ f
@  g  (  1  )
def h():
    pass


# comments and blank lines between decorators and def
@dec  # comment

# another comment
@dec2
def k():
    pass


@dec
class C:
    @property
    def p(self):
        return 1

    @p.setter
    def p(self, value):
        pass

    @staticmethod
    @functools.wraps(f)
    async def am():
        pass


@dec
async def af():
    pass


@a.b.c
@ d . e
class D(Base): pass
