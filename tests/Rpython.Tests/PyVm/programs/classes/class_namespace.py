# Class bodies run once; their names become attributes; methods see globals, not class names.
print("before class")
class Config:
    print("running class body")
    debug = True
    levels = [lvl.upper() for lvl in ("info", "warn")]
    def show(self):
        return (self.debug, Config.levels)
print("after class")
print(Config().show(), Config.levels)
x = "global x"
class Scope:
    x = "class x"
    def get(self):
        return x
print(Scope().get(), Scope.x)
