import sys


class Logger(object):
    def __init__(self):
        self.lines = []

    def format(self, message):
        return message

    def log(self, message):
        self.lines.append(self.format(message))


class PrefixLogger(Logger):
    def __init__(self, prefix):
        Logger.__init__(self)
        self.prefix = prefix

    def format(self, message):
        return self.prefix + Logger.format(self, message)


class UpperLogger(PrefixLogger):
    def format(self, message):
        return PrefixLogger.format(self, message).upper()


def entry_point(argv):
    loggers = [Logger(), PrefixLogger("> "), UpperLogger("# ")]
    total = 0
    for logger in loggers:
        logger.log(argv[0])
        logger.log("done")
        total += len(logger.lines[-1])
    return total


if __name__ == "__main__":
    entry_point(sys.argv)
