# Comprehensions evaluate left to right, outer loop first, conditions per item.
log = []
def src(name, items):
    log.append("iter " + name)
    return items
def cond(x):
    log.append("test %r" % (x,))
    return x != 2
result = [(a, b) for a in src("outer", [1, 2]) if cond(a) for b in src("inner", "xy")]
print(result)
print(log)
