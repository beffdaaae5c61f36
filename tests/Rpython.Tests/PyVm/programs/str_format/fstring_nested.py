# f-strings nested in expressions and comprehensions, and multi-line f-strings.
names = ["ann", "bob", "cy"]
print([f"{i}:{n.upper()}" for i, n in enumerate(names)])
width = 6
for n in names:
    print(f"|{n:^{width}}|{len(n):>{width // 2}}|")
msg = (
    f"first {names[0]}, "
    f"last {names[-1]!r}"
)
print(msg)
print(f"{'yes' if len(names) > 2 else 'no'}")
print(f"{3 + 4 if False else 7}")
print(f"{names}"[1:5])
