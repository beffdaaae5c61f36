# None: its repr, identity, truthiness and default returns.
def nothing():
    pass

def early(x):
    if x:
        return
    return 1

print(None, repr(None), str(None), type(None).__name__)
print(nothing(), early(True), early(False))
x = None
print(x is None, x is not None, x == None, x != 0, None == False)
print([None, 1, None].count(None), {None: "none"}[None])
result = nothing() or "fallback"
print(result)
values = [3, None, 1, None]
print([v for v in values if v is not None])
print(None.__class__.__name__, bool(None))
