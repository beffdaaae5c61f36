# A context manager class wrapping a generator, as contextlib.contextmanager does.
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        return False
def contextmanager(f):
    return lambda *a: GeneratorCM(f(*a))
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("b") as t:
    print("text", t)
try:
    with tag("i"):
        raise KeyError("inside")
except KeyError as e:
    print("propagated", e)
