class Cat(object):
    pass


class Car(object):
    pass


def entry_point(argv):
    things = [Cat()]
    things.append(Car())
    return len(things)
