# a UTF-8 byte order mark precedes this comment; columns do not count it
x = "é"
if x:
    y = x
