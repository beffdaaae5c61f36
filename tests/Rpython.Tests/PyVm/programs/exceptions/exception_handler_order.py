# The first matching handler wins, even if a later one is more specific.
def classify(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError handler"
    except KeyError:
        return "KeyError handler (never reached)"
    except (ValueError, TypeError) as e:
        return "Value/Type handler for " + type(e).__name__
    except Exception:
        return "generic handler"
for exc in (KeyError("k"), IndexError(), ValueError(), TypeError(), OSError(), ZeroDivisionError()):
    print(type(exc).__name__, "->", classify(exc))
