# Attribute lookup order: instance, class, bases in MRO order.
class A:
    x = "A.x"
    y = "A.y"
    z = "A.z"
class B(A):
    x = "B.x"
class C(A):
    x = "C.x"
    y = "C.y"
class D(B, C):
    pass
d = D()
print(d.x, d.y, d.z)
d.z = "instance z"
print(d.z, D.z)
C.y = "C.y changed"
print(d.y)
del C.y
print(d.y)
