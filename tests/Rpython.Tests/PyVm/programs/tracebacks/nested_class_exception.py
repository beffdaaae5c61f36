# An uncaught exception of a class nested in another class prints its qualified name.
class Errors:
    class Timeout(Exception):
        pass
raise Errors.Timeout("took too long")
