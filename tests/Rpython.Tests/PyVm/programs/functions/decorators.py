# Function decorators: wrappers, decorators with arguments, stacking.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(n)]
        return wrapper
    return deco

@shout
def hello(name):
    return "hello " + name

@repeat(3)
def roll(x):
    return x * 2

@shout
@shout
def twice():
    return "hey"

print(hello("ann"), roll(5), twice())
calls = []
def logged(fn):
    def wrapper(*a):
        calls.append(fn.__name__)
        return fn(*a)
    return wrapper
@logged
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), calls)
