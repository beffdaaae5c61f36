# Modules are singletons: state changes are seen through every import.
import _counter
from _counter import bump
bump()
bump()
import _counter as c2
print(_counter.count, c2.count, bump(), _counter.count)
_counter.count = 100
print(bump(), c2.count)
