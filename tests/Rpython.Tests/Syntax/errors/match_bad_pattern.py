match x:
    case 1 + f():
        pass
