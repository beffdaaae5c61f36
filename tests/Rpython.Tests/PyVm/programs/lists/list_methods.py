# append, extend, insert, remove, pop, clear, index, count, reverse, copy.
a = [3, 1, 4, 1, 5]
a.append(9)
a.extend([2, 6])
a.insert(0, 0)
a.insert(100, 7)
a.insert(-1, 8)
print(a)
a.remove(1)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(4), a.index(5, 2), a.count(1), a.count(42))
a.reverse()
print(a)
c = a.copy()
c.append(100)
print(a, c)
c.clear()
print(c, len(c))
for bad in (lambda: a.remove(42), lambda: a.index(42), lambda: [].pop(), lambda: a.pop(50)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
