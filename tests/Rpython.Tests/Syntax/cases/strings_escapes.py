# simple escapes
'\\ \' \" \a \b \f \n \r \t \v'
"\0 \00 \000 \0000"
'\1 \12 \123 \1234 \377 \400 \777'
'\x00 \x41 \xff \xFf'
'\u0000 \u00e9 \u20AC \uffff \ud800'
'\U00000041 \U0001F600 \U0010ffff'
'\N{LATIN SMALL LETTER E WITH ACUTE} \N{EM DASH} \N{GRINNING FACE}'
'\N{latin small letter a}\N{NO-BREAK SPACE}'
# unknown escapes keep the backslash (deprecated, still accepted)
'\d \w \s \. \[ \% \8 \9'
# raw strings keep everything, except that a quote may be escaped
r'\n \x41 \N{EM DASH} \''
R"\\"
r'\
'
r'''\
'''
# line continuation inside a string
'abc\
def'
"""abc\
def"""
# triple-quoted strings with embedded quotes and newlines
'''it's "quoted" '' here'''
"""a "" b " c \""""
'''
leading and trailing newlines
'''
''''inner' '''
""""inner" """
# empty strings of every kind
''
""
''''''
""""""
r''
b''
# non-ASCII text
'é ü 中文 😀 \u00e9'
'''multi
é
line'''
# bytes escapes
b'\\ \' \" \a \b \f \n \r \t \v'
b'\x00 \x7f \x80 \xff'
b'\0 \7 \77 \377 \400'
b'\u0041 \N{EM DASH} \d'
rb'\x00\n'
Rb'\\'
bR'\''
BR"""\
"""
b'abc\
def'
