# str and repr of exceptions with zero, one and several args.
for e in [Exception(), Exception("msg"), Exception("a", 2), ValueError(""), KeyError("key"), KeyError(),
          IndexError("list index out of range"), OSError(2, "No such file"), StopIteration(5)]:
    print(repr(e), "|", str(e), "|", e.args)
e = RuntimeError("x")
e.note = "attached"
print(e.note, isinstance(e, BaseException))
