# pyvm: unsupported
# ExceptionGroup and except* (Python 3.11).
try:
    raise ExceptionGroup("many", [ValueError("v"), KeyError("k")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("keys:", [repr(e) for e in eg.exceptions])
