"""Calendar arithmetic with ints: leap years, days in month, a day count since 0001-01-01 (with
// on year numbers), the day of the week from it, days between dates, and a printed month
calendar laid out with %2d and slices."""
from rpython.rlib.rfile import write_stdout

MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if m == 2 and is_leap(y):
        return 29
    return MONTH_DAYS[m - 1]


def day_number(y, m, d):
    """Days since 0001-01-01 (day 0)."""
    y1 = y - 1
    n = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    for month in range(1, m):
        n += days_in_month(y, month)
    return n + d - 1


def weekday(y, m, d):
    return day_number(y, m, d) % 7  # 0001-01-01 was a Monday


def month_calendar(y, m):
    lines = ["%s %d" % (MONTH_NAMES[m - 1], y), " ".join([n[:2] for n in DAY_NAMES])]
    first = weekday(y, m, 1)
    cells = ["  "] * first
    for d in range(1, days_in_month(y, m) + 1):
        cells.append("%2d" % d)
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


def entry_point(argv):
    for y in [1900, 2000, 2023, 2024, 2100, 2400]:
        write_stdout("%d leap: %s\n" % (y, str(is_leap(y))))
    for y, m, d in [(1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1, 1, 1), (9999, 12, 31), (1815, 6, 18)]:
        write_stdout("%04d-%02d-%02d is a %s, day %d\n" % (y, m, d, DAY_NAMES[weekday(y, m, d)], day_number(y, m, d)))
    write_stdout("days from 1970-01-01 to 2038-01-19: %d\n" % (day_number(2038, 1, 19) - day_number(1970, 1, 1)))
    write_stdout(month_calendar(2024, 2) + "\n")
    write_stdout(month_calendar(2023, 10) + "\n")
    return 0


def target(*args):
    return entry_point, None


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
