# A context manager that changes state and restores it on exit, even after an error.
class Settings:
    values = {"precision": 2, "mode": "fast"}
class override:
    def __init__(self, **changes):
        self.changes = changes
    def __enter__(self):
        self.saved = {k: Settings.values[k] for k in self.changes}
        Settings.values.update(self.changes)
        return Settings.values
    def __exit__(self, *exc):
        Settings.values.update(self.saved)
print(Settings.values)
with override(precision=5) as v:
    print(v)
    with override(mode="slow"):
        print(Settings.values)
    print(Settings.values)
try:
    with override(mode="broken"):
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(Settings.values)
