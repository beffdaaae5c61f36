# Generators interleave: values are produced only when requested.
def numbers(tag, n):
    for i in range(n):
        print("  %s produces %d" % (tag, i))
        yield i
def squares(src):
    for x in src:
        print("  squaring", x)
        yield x * x
pipe = squares(numbers("A", 3))
print("built")
for v in pipe:
    print("got", v)
z = zip(numbers("L", 5), numbers("R", 2))
print(list(z))
