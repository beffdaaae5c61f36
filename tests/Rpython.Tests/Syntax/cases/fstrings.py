# plain, empty and literal-only f-strings
f''
f"abc"
F'abc'
f'{{}}'
f'{{{x}}}'
f'a{{b}}c{x}d}}'
# simple fields, adjacent fields, expressions
f'{x}'
f'{x}{y}'
f'{x} {y!r} {z!s} {w!a}'
f'{x + 1}'
f'{ x }'
f'{x,}'
f'{x, y}'
f'{(lambda: 1)()}'
f'{x if y else z}'
f'{[i for i in range(3)]}'
f'{ {"a": 1}["a"] }'
f'{x.attr[0](1, 2)}'
f'{a!r:>10}'
f'{a:{b}.{c}}'
f'{a:{b}{c}x{d!r}}'
f'{a:}'
f'{a!r:}'
f'{3.14:.2f}'
f'{x:%Y-%m-%d}'
f'{x:{{}}>10}'
# the = specifier keeps the expression text, spaces included
f'{x=}'
f'{x = }'
f'{ x=}'
f'{x =!r}'
f'{x=:>10}'
f'{x = !s:^{w}}'
f'{a+b=}'
f'{f(a, b)=}'
# other quote kinds inside
f"{'nested'}"
f'{"nested"}'
f"{x['key']}"
f'''{"a" 'b'}'''
f"""{'''x'''}"""
# nesting f-strings
f"{f'{x}'}"
f'''{f"{f'{x}'}"}'''
f"""{f'''{f"{f'{x}'}"}'''}"""
f'{f"{x!r:>{w}}"}'
# prefixes and concatenations
rf'\d{x}\n'
fr'{x}\{{'
Rf'{x}'
fR'{x}'
RF'{x}'
'a' f'{x}' 'b'
f'{x}' f'{y}'
'' f''
f'' 'a' '' 'b'
u'a' f'b' 'c'
f'{x}' r'\n' f'{y}'
# escapes in the literal parts
f'\n\t{x}\x41\u0042\N{LATIN SMALL LETTER A}'
f'\{x}'
f'\\{x}'
f'\\N{x}'
rf'\N{x}'
f'\N{DIGIT ONE}{x}\N{DIGIT TWO}'
f'{x}\
continued'
# lambda and walrus need parentheses
f'{(lambda x: x*2)(3)}'
f'{(y := 10)}'
f'{x:=10}'
# dict and set literals need a space after the brace
f'{ {1, 2} }'
f'{ {"k": "v"} }'
