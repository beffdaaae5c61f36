# Chained generators forming a pipeline.
def read_lines():
    for line in ["# comment", "alpha 1", "", "beta 22", "gamma 333", "# end"]:
        yield line
def non_comments(lines):
    return (l for l in lines if l and not l.startswith("#"))
def fields(lines):
    for l in lines:
        name, value = l.split()
        yield name, int(value)
pipeline = fields(non_comments(read_lines()))
print(list(pipeline))
total = sum(v for _, v in fields(non_comments(read_lines())))
print(total)
