"""A user-defined exception escaping the entry point after output on both stdout and stderr:
the translated program ends with 'Fatal RPython error: ConfigError' on stderr, exit code 1.
Handlers for other classes along the way do not catch it; finally blocks still run."""
from rpython.rlib.rfile import write_stdout, write_stderr


class ConfigError(Exception):
    def __init__(self, key):
        self.key = key


def load(settings, key):
    if key not in settings:
        raise ConfigError(key)
    return settings[key]


def configure(settings, keys):
    values = []
    for k in keys:
        try:
            values.append(load(settings, k))
        except KeyError:
            write_stdout("never: a KeyError handler\n")
        finally:
            write_stdout("looked up %s\n" % k)
    return values


def entry_point(argv):
    settings = {"width": 80, "height": 24}
    values = configure(settings, ["width", "height"])
    write_stdout("%d x %d\n" % (values[0], values[1]))
    write_stderr("warning: about to read a missing key\n")
    configure(settings, ["width", "depth", "height"])
    write_stdout("not reached\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
