# Formatting exceptions in handlers: str, repr, args, class names, and f-strings.
errors = []
for thunk in (lambda: int("x1"), lambda: [1][3], lambda: {"a": 1}["b"], lambda: 1 / 0, lambda: object().missing):
    try:
        thunk()
    except Exception as e:
        errors.append(e)
for e in errors:
    print(f"{type(e).__name__}: {e} | {e!r} | {e.args}")
print(len(errors), [isinstance(e, LookupError) for e in errors])
