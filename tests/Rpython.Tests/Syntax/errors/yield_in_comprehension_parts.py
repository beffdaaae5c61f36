def g():
    [x for x in [(yield 1)]]
    return [x for x in y if (yield)]
