# Exceptions interact with loops: continue/break in handlers, counting failures.
values = ["10", "x", "3", "", "7.5", "-2"]
total, bad = 0, []
for v in values:
    try:
        total += int(v)
    except ValueError:
        bad.append(v)
        continue
    finally:
        pass
print(total, bad)
i = 0
while True:
    try:
        if i == 3:
            raise StopIteration
        i += 1
    except StopIteration:
        print("stopped at", i)
        break
