# CRLF line endings throughout
x = 1
if x:
    y = 2

    z = [
        1,
        2,
    ]
s = '''one
two'''
t = 'a\
b'
u = 1 + \
    2
v = f'''{x}
{y}'''
# comment
def f():
    return 1
