class Greeter(object):
    def greet(self):
        return 1


def entry_point(argv):
    return Greeter.greet()
