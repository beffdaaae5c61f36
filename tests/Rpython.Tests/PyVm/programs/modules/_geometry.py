# A helper module (not a program: its name starts with "_"): functions, a class and constants.
PI = 3.14159
print("_geometry loading, __name__ =", __name__)

def area_circle(r):
    return PI * r * r

class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

_private = "hidden"
