# Reading all lines of standard input with input() until EOF.
lines = []
while True:
    try:
        lines.append(input())
    except EOFError:
        break
print(len(lines))
for i, line in enumerate(lines):
    print(i, repr(line), line.upper())
words = " ".join(lines).split()
print(len(words), sorted(set(words)))
