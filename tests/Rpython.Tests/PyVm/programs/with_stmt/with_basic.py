# The with statement calls __enter__, binds its result, and always calls __exit__.
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc_value, traceback):
        print("exit", self.name, exc_type is None)
        return False

with Managed("a") as value:
    print("body", value)
with Managed("b"):
    print("no as")
for i in range(2):
    with Managed("loop%d" % i):
        if i == 1:
            break
        continue
print("done")
