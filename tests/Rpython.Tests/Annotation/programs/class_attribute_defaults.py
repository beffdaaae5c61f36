import sys


class Settings(object):
    verbose = False
    indent = 4
    name = "default"

    def configure(self, indent):
        self.indent = indent

    def label(self):
        if self.verbose:
            return self.name + "!"
        return self.name


def entry_point(argv):
    plain = Settings()
    custom = Settings()
    custom.configure(len(argv) + 1)
    return plain.indent + custom.indent + len(plain.label())


if __name__ == "__main__":
    entry_point(sys.argv)
