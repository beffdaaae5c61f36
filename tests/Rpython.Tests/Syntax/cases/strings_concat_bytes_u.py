# implicit concatenation of str literals, positions span all parts
'a' 'b'
'a' "b" '''c''' """d"""
('a'
 'b'
 'c')
x = ('first'  # comment between parts
     "second"

     'third')
y = 'one' \
    'two'
# u prefix: only on the first part it shows up as kind='u'
u'abc'
U'abc'
u'a' 'b'
'a' u'b'
u'a' u'b'
u'''tri
ple'''
# raw parts mixed with cooked parts
r'\n' '\n'
'\n' r'\n'
R'a' 'b' r'c'
# bytes concatenation
b'a' b'b'
b'a' B"b" br'\c' Rb'd' rB'e' BR'f'
(b'x'
 b'y')
# empty parts
'' ''
'' 'a' ''
b'' b''
# strings as statements, arguments, subscripts
f('a' 'b', b'c' b'd')
d['k' 'ey']
'a' 'b'.join(z)
'%s' '%d' % (1, 2)
