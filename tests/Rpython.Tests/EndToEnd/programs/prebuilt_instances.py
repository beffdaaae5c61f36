"""Prebuilt instances: objects created at import time (singletons, a list of records, a dict of
instances, a linked structure), read and mutated by the program; their changes persist across
calls during the run."""
from rpython.rlib.rfile import write_stdout


class Config(object):
    def __init__(self, name, verbose, level):
        self.name = name
        self.verbose = verbose
        self.level = level


class Planet(object):
    def __init__(self, name, moons, parent):
        self.name = name
        self.moons = moons
        self.parent = parent


DEFAULT = Config("default", False, 1)
DEBUG = Config("debug", True, 3)
CONFIGS = {"default": DEFAULT, "debug": DEBUG}

SUN = Planet("Sun", 0, None)
PLANETS = [Planet("Mercury", 0, SUN), Planet("Venus", 0, SUN), Planet("Earth", 1, SUN), Planet("Mars", 2, SUN)]
MOON = Planet("Moon", 0, PLANETS[2])

COUNTER = Config("counter", False, 0)


def bump():
    COUNTER.level += 1
    return COUNTER.level


def entry_point(argv):
    for key in ["default", "debug"]:
        c = CONFIGS[key]
        write_stdout("%s: verbose=%s level=%d\n" % (c.name, str(c.verbose), c.level))
    write_stdout("same object: %s\n" % str(CONFIGS["debug"] is DEBUG))
    total = 0
    for p in PLANETS:
        total += p.moons
        write_stdout("%s orbits %s\n" % (p.name, p.parent.name))
    write_stdout("moons: %d; the Moon orbits %s, which orbits %s\n" % (total, MOON.parent.name, MOON.parent.parent.name))
    PLANETS[3].moons += 1
    write_stdout("Mars now has %d moons\n" % PLANETS[3].moons)
    for i in range(3):
        bump()
    write_stdout("counter %d\n" % bump())
    DEFAULT.level = 7
    write_stdout("default level via dict: %d\n" % CONFIGS["default"].level)
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
