# An unexpected indent is an IndentationError (a SyntaxError).
print("no output")
    print("indented")
