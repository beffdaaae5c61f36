# __getattr__ for missing attributes, __setattr__ and __delattr__ interception.
class Record:
    def __init__(self):
        object.__setattr__(self, "_data", {})
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return self._data.get(name, "<unset %s>" % name)
    def __setattr__(self, name, value):
        self._data[name] = value
    def __delattr__(self, name):
        self._data.pop(name, None)
r = Record()
r.a = 1
r.b = "two"
print(r.a, r.b, r.c, r._data)
del r.a
print(r.a, hasattr(r, "_hidden"))
