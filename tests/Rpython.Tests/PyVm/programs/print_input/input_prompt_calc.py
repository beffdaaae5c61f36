# A small interactive calculator reading commands from standard input.
stack = []
while True:
    try:
        line = input("> ")
    except EOFError:
        print("bye")
        break
    line = line.strip()
    if not line:
        continue
    if line == "quit":
        print("quitting")
        break
    if line in ("+", "-", "*"):
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if line == "+" else a - b if line == "-" else a * b)
        print(stack[-1])
    else:
        stack.append(int(line))
print(stack)
