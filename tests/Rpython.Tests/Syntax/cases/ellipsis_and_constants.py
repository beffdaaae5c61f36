# Ellipsis, None, True, False as constants in every position
...
x = ...
f(...)
a[...]
a[..., 1:2]
a[1, ...]
def f(): ...
class C: ...
def g(x=...) -> ...: ...
None
True
False
x = None or True and not False
x is None
x is not True
[None, True, False, ...]
{None: ..., True: False}
# the kind 'u' only on u-prefixed strings
u''
u'x'
'x'
x = u'a', 'b'
# "...." is an Ellipsis token followed by a dot
....__class__
x = ... if ... else ...
x = (...,)
x = [...]
