# literal, capture and wildcard patterns
match x:
    case 0:
        pass
    case -1:
        pass
    case 1.5 | -2.5 | 3j | -4j | 1 + 2j | -1 - 2j:
        pass
    case 'a' 'b' | b'c' | "d" if flag:
        pass
    case None | True | False:
        pass
    case name:
        pass
    case _:
        pass
# value patterns (dotted names) and groups
match command.split():
    case Color.RED | a.b.c.d:
        pass
    case (x):
        pass
    case ((1 | 2) | 3):
        pass
# sequence patterns in every bracket form, with stars
match seq:
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case (x,):
        pass
    case x, y:
        pass
    case x, *rest:
        pass
    case [*_]:
        pass
    case (*_, last):
        pass
    case [first, *middle, last,]:
        pass
    case *a, b:
        pass
    case [[1, 2], (3, *_), [[4]]]:
        pass
# mapping patterns
match m:
    case {}:
        pass
    case {'a': 1, "b": x, 3: _, None: [y], Color.RED: z}:
        pass
    case {**rest}:
        pass
    case {'k': v, **rest,}:
        pass
    case {-1: a, 1.5j: b, -1 + 2j: c}:
        pass
# class patterns
match obj:
    case Point():
        pass
    case Point(x, y):
        pass
    case Point(x=0, y=0,):
        pass
    case Point(1, 2, z=3):
        pass
    case mod.sub.Point(x=[a, b], y={'k': c}):
        pass
    case int() | str() | bytes(b):
        pass
# as patterns and guards
match value:
    case [x, y] as pair if x > y:
        pass
    case (1 | 2 | 3) as small:
        pass
    case Point(x=0) as p if (p := p):
        pass
    case {'a': [1, *_] as inner} as outer:
        pass
    case _ if cond:
        pass
# subject forms: tuples, stars, walrus, calls
match a, b:
    case x, y:
        pass
match *a, b:
    case _:
        pass
match (y := f()):
    case _:
        pass
match -x:
    case _:
        pass
match not x:
    case _:
        pass
# one-line case bodies and nested matches
match x:
    case 1: pass
    case 2: a; b
    case 3:
        match y:
            case 4: pass
