# f-strings: expressions, nested quotes, conversions !r !s !a, = specifier.
name, n = "World", 42
items = [1, 2, 3]
print(f"Hello, {name}! {n + 1} {items[1]} {len(items)}")
print(f"{name!r} {name!s} {'é'!a} {n!r}")
print(f"{'quoted'} {{braces}} {n * 2:d}")
print(f"{n=}", f"{n + 1 = }", f"{name=!r}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{'nested ' + f'{n}'}")
x = 3.5
print(f"{x} {x:.3f} {x!s:>8}")
print(f"{(lambda y: y * 2)(4)}", f"{[i * i for i in range(4)]}")
