# Importing a module that does not exist raises ModuleNotFoundError.
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from _no_such_module_either import x
except ImportError as e:
    print(type(e).__name__ + ":", e)
print("continuing")
