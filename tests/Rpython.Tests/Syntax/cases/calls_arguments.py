# positional, keyword, trailing commas
f()
f(a)
f(a,)
f(a, b)
f(a, b,)
f(k=1)
f(k=1,)
f(a, k=1)
# keyword arguments whose values are lambdas, conditionals, walrus-free tuples
f(key=lambda x: -x, default=a if b else c, t=(1, 2))
# positional after keyword and unpacking orders that are allowed
f(a, *b, c)
f(k=1, *a)
f(k=1, **a)
f(**a, k=1)
f(*a, **b, k=1)
# calls on calls, attributes, subscripts, literals
f()()()
f(a)(b)(c)
a.b(c).d(e)
a[0](1)
'{}'.format(x)
[].append(1)
{}.get(k)
# arguments spanning lines with comments
f(
    a,  # first
    *b,
    # between
    k=1,
    **c,
)
# keywords that are soft keywords or look like them
f(match=1, case=2, _=3, type=4, print=5)
# calls with a single generator argument and parentheses around it
f(x for x in y)
f((x for x in y))
f(x for x in y if x)
# nested call arguments
f(g(h(i(j))))
f(g(a, b=c), *h(d), **i(e))
