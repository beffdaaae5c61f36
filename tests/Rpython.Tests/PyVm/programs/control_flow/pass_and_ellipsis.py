# pass in empty blocks, Ellipsis, and del of names.
def todo():
    pass
class Empty:
    pass
for _ in range(3):
    pass
print(todo(), Empty.__name__, ..., Ellipsis is ..., type(...).__name__)
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
a = b = 2
del a, b
print("deleted")
