# triple-quoted f-string whose fields sit on later lines
x = f'''first line
second {a} line
  third {b!r:>{width}} line
{c}'''
# a field spanning lines inside a triple-quoted f-string
y = f"""{
    a +
    b
}"""
z = f'''{a
}{b}'''
# nested format spec fields on several lines
w = f"""
{value:{fill}{align}{width}.{precision}}
{value = }
"""
# f-string after implicit concatenation across lines, in parentheses
msg = (
    "plain "
    f"{one} "
    'more '
    f'{two!s}'
    rf"\{three}"
)
# f-string argument to a call, spread over lines
print(f"{a}"
      f"{b}", sep='')
# deep nesting with all four quote kinds
d = f'''{f"""{f'{f"{x}"}'}"""}'''
# backslash-newline inside a single-quoted f-string literal part
e = f'one\
two{x}three\
four'
# the = specifier with a multi-line triple-quoted string
g = f'''{
x
=}'''
# a field whose expression is a multi-line call and a comprehension
h = f"""{sum(
    i * i
    for i in range(10)
)}"""
# expression containing a string with an escaped newline and braces
k = f"{'{'}{'}'}"
k2 = f"{'a' 'b'}"
