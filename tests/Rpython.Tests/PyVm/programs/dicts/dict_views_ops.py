# Views as iterables: sum, sorted, min/max; keys of a dict as a set difference.
prices = {"tea": 3.5, "coffee": 4.25, "juice": 5.0, "water": 1.0}
print(sum(prices.values()), max(prices.values()), min(prices, key=prices.get))
print(sorted(prices), sorted(prices.items(), key=lambda kv: kv[1]))
stock = {"tea", "water", "soda"}
print(sorted(prices.keys() - stock), sorted(prices.keys() & stock))
print(len(prices.items()), list(prices.values())[1:3])
