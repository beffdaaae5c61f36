# The VM remembers what each global-variable read found until a module namespace changes:
# every way a program changes a global must be seen by reads made before.
import _settings

counter = 0


def read_counter():
    return counter


def bump():
    global counter
    counter += 1


for i in range(3):
    bump()
    print("counter", read_counter())

counter = 100                   # a module-level store
print("reassigned", read_counter())


def uses_len(x):
    return len(x)


print(uses_len([1, 2, 3]))
len = lambda x: "shadowed builtin"      # a global now hides the builtin
print(uses_len([1, 2, 3]))
del len                                 # and the builtin shows again
print(uses_len([1, 2, 3]))


def read_missing():
    return not_yet_defined


try:
    read_missing()
except NameError as e:
    print("NameError:", e)
not_yet_defined = "defined now"
print(read_missing())

# another module's globals, changed through the module object and through its function
print("level", _settings.get_level())
_settings.level = 5
print("level", _settings.get_level())
_settings.set_level(9)
print("level", _settings.get_level(), _settings.level)


def loop_reads():
    total = 0
    for i in range(5):
        total += counter
    return total


print(loop_reads())
counter = 1
print(loop_reads())
