# **kwargs collects extra keyword arguments as an insertion-ordered dict.
def show(**kw):
    return kw

print(show(), show(a=1, b=2), show(z=0, y=1, x=2))
def tag(name, /, **attrs):
    inner = " ".join('%s="%s"' % (k, v) for k, v in attrs.items())
    return "<%s %s>" % (name, inner) if inner else "<%s>" % name
print(tag("a", href="x.html", id="top"), tag("br"), tag("p", name="para"))
def everything(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9, f=10))
print(everything(*[1, 2, 3], **{"c": 0, "g": 1}))
