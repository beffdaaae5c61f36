# Exceptions carry a traceback object; __traceback__ exists and tb_lineno gives the line.
def fail():
    raise ValueError("x")
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
