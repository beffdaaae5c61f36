# The default repr names the class (the address is not printed: it varies).
class Plain:
    pass

r = repr(Plain())
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"))
p, q = Plain(), Plain()
print(str(p) == repr(p), repr(p) != repr(q))
print(Plain.__name__, Plain.__qualname__, Plain.__module__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
