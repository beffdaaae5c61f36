# pyvm: unsupported
# eval and exec of source code at run time.
print(eval("1 + 2 * 3"))
ns = {}
exec("def sq(n):\n    return n * n\n", ns)
print(ns["sq"](9))
