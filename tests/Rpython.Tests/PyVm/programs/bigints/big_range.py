# range with bounds, steps and lengths beyond 64 bits: only len() needs the length to fit.
r = range(2 ** 70, 2 ** 70 + 10, 3)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], 2 ** 70 + 3 in r, 2 ** 70 + 4 in r)
print(list(r), list(reversed(r)), r.start, r.stop, r.step, r.index(2 ** 70 + 6), r.count(2 ** 70))
print(bool(r), bool(range(2 ** 70, 2 ** 70)), range(2 ** 70) == range(2 ** 70), range(2 ** 70, 2 ** 70) == range(0))
print(hash(range(2 ** 70, 2 ** 70)) == hash(range(0)), hash(range(5)) == hash(range(0, 5)), hash(range(7, 8, 2)) == hash(range(7, 9, 5)))
big = range(-2 ** 100, 2 ** 100)
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(big[2 ** 100], big[-1], big[2 ** 99:2 ** 99 + 5], 0 in big, 2 ** 100 in big, big.index(0), big.count(-2 ** 100))
try:
    big[2 ** 101]
except IndexError as e:
    print("IndexError:", e)
# Around the machine-int limits.
print(list(range(2 ** 63 - 3, 2 ** 63 + 2)), list(range(-2 ** 63, -2 ** 63 + 4 * 2 ** 62, 2 ** 62)))
print(list(reversed(range(5, -2 ** 63 - 1, -2 ** 63))), list(range(0, 10, -2 ** 63)), len(range(0, -1, -2 ** 63)))
print(range(-2 ** 63, 2 ** 63 - 1)[-1], len(range(-2 ** 63, 2 ** 63 - 1, 2 ** 62)), sum(range(2 ** 64, 2 ** 64 + 4)))
print(max(range(-5, 2 ** 65, 2 ** 64)), range(10)[2 ** 70:], range(10)[-2 ** 70:3], range(10)[::2 ** 70])
try:
    range(10)[2 ** 70]
except IndexError as e:
    print("IndexError:", e)
try:
    range(0, 2 ** 70, 0)
except ValueError as e:
    print("ValueError:", e)
for bad in ["a", 1.5]:
    try:
        range(5)[bad]
    except TypeError as e:
        print("TypeError:", e)
    try:
        range(5)[bad:]
    except TypeError as e:
        print("TypeError:", e)
try:
    range(2 ** 70, 1.5)
except TypeError as e:
    print("TypeError:", e)


class Index:
    def __index__(self):
        return 2 ** 65


print(range(Index()), range(Index())[-1], range(3).index(1.0), range(3).count(2.0))
for x in ["x", 7]:
    try:
        range(3).index(x)
    except ValueError as e:
        print("ValueError:", e)
