# mixed line endings: LF, CRLF and a lone CR (old Mac) all end lines
x = 1
y = 2z = """ab
c"""
if x:    w = (1,
         2)
