# An exception raised while handling another prints both, joined by "During handling".
try:
    [1, 2, 3][10]
except IndexError:
    print("handling")
    {}["key"]
