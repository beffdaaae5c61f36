import sys


def clamp(x, low=0, high=100):
    if x < low:
        return low
    if x > high:
        return high
    return x


def entry_point(argv):
    a = clamp(len(argv) * 50)
    b = clamp(-5, high=10)
    c = clamp(x=7, low=8)
    return a + b + c


if __name__ == "__main__":
    entry_point(sys.argv)
