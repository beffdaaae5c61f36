# except BaseException catches SystemExit and KeyboardInterrupt; except Exception does not.
def raiser(exc):
    try:
        raise exc
    except Exception:
        return "Exception handler"
    except BaseException as e:
        return "BaseException handler: " + type(e).__name__
for exc in (ValueError, SystemExit, KeyboardInterrupt, GeneratorExit, StopIteration):
    print(exc.__name__, raiser(exc))
