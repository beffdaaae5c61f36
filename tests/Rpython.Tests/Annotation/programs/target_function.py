import sys


def main(argv):
    if len(argv) > 5:
        return 1
    return 0


def target(driver, args):
    return main, None


if __name__ == "__main__":
    main(sys.argv)
