# An uncaught ZeroDivisionError at module level: traceback on stderr, exit code 1.
print("start")
x = 10
y = 0
print(x / y)
print("never")
