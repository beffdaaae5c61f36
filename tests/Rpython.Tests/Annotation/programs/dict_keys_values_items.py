import sys


def inventory(argv):
    stock = {"apple": 3, "pear": 0, "plum": 7}
    stock[argv[0]] = len(argv)
    return stock


def total_count(stock):
    total = 0
    for count in stock.values():
        total += count
    return total


def longest_key(stock):
    best = ""
    for key in stock.keys():
        if len(key) > len(best):
            best = key
    return best


def out_of_stock(stock):
    names = []
    for name, count in stock.items():
        if count == 0:
            names.append(name)
    return names


def entry_point(argv):
    stock = inventory(argv)
    longest = longest_key(stock)
    return total_count(stock) + len(longest) + len(out_of_stock(stock))


if __name__ == "__main__":
    entry_point(sys.argv)
