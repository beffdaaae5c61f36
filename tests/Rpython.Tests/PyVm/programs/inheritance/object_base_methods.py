# Everything inherits from object: __class__, __eq__ default, __str__ default.
class A:
    pass
a = A()
print(a.__class__ is A, A.__bases__ == (object,), object in A.__mro__)
print(a.__eq__(a), a.__eq__(A()), a.__ne__(a))
print(issubclass(A, object), isinstance(a, object), isinstance(3, object))
print(type(object).__name__, object.__name__)
