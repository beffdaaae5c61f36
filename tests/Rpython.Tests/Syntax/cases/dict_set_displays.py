# empty displays: {} is a dict, set() is a call
{}
set()
[]
()
# dicts with every kind of key and value, trailing commas, unpacking
{1: 2}
{1: 2,}
{'a': 1, 'b': 2}
{**a}
{**a, **b}
{'k': v, **a, 'l': w}
{(1, 2): [3], None: ..., True: False}
{a if b else c: d if e else f}
{lambda: 0: lambda: 1}
{(yield): 1}
{k: v for k, v in x}
{**{'nested': {'dict': {}}}}
{a: b for a in c for b in d if a}
# sets
{1}
{1,}
{1, 2, 3}
{*a}
{*a, *b, 1}
{a for a in b}
{(a, b)}
{a, (b, c)}
# lists and tuples
[1]
[1,]
[[]]
[(), [], {}]
(1,)
((),)
(((),),)
# displays spanning lines with comments
d = {
    'a': 1,  # one
    # between
    'b': 2,
}
s = {
    1,
    2
}
l = [
]
