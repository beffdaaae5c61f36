# A bare raise from a handler re-raises with the original traceback.
def risky():
    return int("not a number")
try:
    risky()
except ValueError:
    print("logging and re-raising")
    raise
