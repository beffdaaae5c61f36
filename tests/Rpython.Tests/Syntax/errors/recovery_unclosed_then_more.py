def f(:
    pass

y = 2 +
return 3
class A
    pass
x = $
