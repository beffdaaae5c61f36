# __repr__ and __str__: print uses str, containers use repr, str falls back to repr.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%d)" % self.cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

m = Money(1234)
print(m, str(m), repr(m), [m], (m,), {"k": m})
print(f"{m} {m!r}", "%s %r" % (m, m), "{} {!r}".format(m, m))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
