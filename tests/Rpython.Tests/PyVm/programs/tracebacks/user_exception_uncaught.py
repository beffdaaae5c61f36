# An uncaught user exception prints its class name and message.
class InventoryError(Exception):
    pass

def take(stock, item):
    if stock.get(item, 0) <= 0:
        raise InventoryError("out of " + item)
    stock[item] -= 1

stock = {"apple": 1}
take(stock, "apple")
print(stock)
take(stock, "apple")
