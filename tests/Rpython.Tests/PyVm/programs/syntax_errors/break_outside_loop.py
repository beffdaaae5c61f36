# break outside a loop is a compile-time error.
if True:
    break
