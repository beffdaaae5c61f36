# isinstance and issubclass with classes, tuples, builtin types and bool/int.
class A: pass
class B(A): pass
class C(B): pass
class D: pass

c = C()
print(isinstance(c, C), isinstance(c, A), isinstance(c, D), isinstance(c, (D, B)))
print(issubclass(C, A), issubclass(A, C), issubclass(C, C), issubclass(D, object), issubclass(B, (D, A)))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), isinstance(1.0, float))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, object), isinstance(int, type), isinstance(A, type))
try:
    isinstance(c, "A")
except TypeError as e:
    print("TypeError:", e)
