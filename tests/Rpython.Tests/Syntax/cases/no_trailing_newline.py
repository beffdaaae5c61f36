# the last line has no newline, and ends inside an indented block
x = 1
if x:
    y = 2
    z = (3 +
         4)