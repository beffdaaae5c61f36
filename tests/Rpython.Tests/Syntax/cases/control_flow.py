# if / elif / else chains: each elif is a nested If starting at its keyword
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a:
    pass
else:
    if b:
        pass
# loops with else, break, continue; tuples and starred in for targets and iterables
for i in range(10):
    if i:
        continue
    break
else:
    pass
for i, (j, k) in x:
    pass
for i in 1, 2, 3:
    pass
for i in *a, b:
    pass
while a:
    pass
else:
    pass
while (a and
       b):
    pass
# statement end positions ignore trailing comments and blank lines
def f():
    x = 1

    # trailing comment

if a:
    pass  # comment
# blocks nested inside one-line forms
class A:
    def m(self): return 1
    if a: x = 1
    else: x = 2
    for i in a: pass
    while b: pass
    with c: pass
    try: pass
    except: pass
