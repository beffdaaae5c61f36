# Bound methods remember their instance; unbound access through the class.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return self.name + " greets " + other

g = Greeter("Ann")
m = g.greet
print(m("Bo"), Greeter.greet(g, "Cy"))
methods = [Greeter(n).greet for n in ["X", "Y"]]
print([f("Z") for f in methods])
print(m.__self__ is g, m.__name__, m.__func__ is Greeter.greet)
print(list(map(Greeter("M").greet, ["a", "b"])))
