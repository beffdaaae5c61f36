def f(:
    pass
x = (1,
y = 2 +
return 3
