# __str__, __repr__ and __format__ used by print, f-strings and format().
class Celsius:
    def __init__(self, t): self.t = t
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.t * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.t, spec) + "°C"
    def __str__(self): return "%s°C" % self.t
c = Celsius(21.5)
print(c, f"{c:.1f}", f"{c:.0F}", format(c, ">8"), "{:.2F}".format(c))
