import sys


class Obj(object):
    def to_str(self):
        return "?"


class Nil(Obj):
    def to_str(self):
        return "()"


class Int(Obj):
    def __init__(self, value):
        self.value = value

    def to_str(self):
        return str(self.value)


class Cons(Obj):
    def __init__(self, car, cdr):
        self.car = car
        self.cdr = cdr

    def to_str(self):
        parts = []
        cell = self
        while isinstance(cell, Cons):
            parts.append(cell.car.to_str())
            cell = cell.cdr
        return "(" + " ".join(parts) + ")"


NIL = Nil()


def from_list(values):
    result = NIL
    for i in range(len(values) - 1, -1, -1):
        result = Cons(Int(values[i]), result)
    return result


def entry_point(argv):
    lst = from_list([1, 2, 3, len(argv)])
    nested = Cons(lst, Cons(Int(4), NIL))
    return len(nested.to_str())


if __name__ == "__main__":
    entry_point(sys.argv)
