import sys


class Symbol(object):
    def __init__(self, name, index):
        self.name = name
        self.index = index


class SymbolTable(object):
    def __init__(self):
        self.by_name = {}
        self.symbols = []

    def intern(self, name):
        sym = self.by_name.get(name, None)
        if sym is None:
            sym = Symbol(name, len(self.symbols))
            self.by_name[name] = sym
            self.symbols.append(sym)
        return sym


def entry_point(argv):
    table = SymbolTable()
    a = table.intern("alpha")
    b = table.intern("beta")
    again = table.intern("alpha")
    c = table.intern(argv[0])
    same = 1 if a is again else 0
    return same + b.index + c.index + len(table.symbols)


if __name__ == "__main__":
    entry_point(sys.argv)
