# splitlines recognises many line boundaries; split('\n') only newlines.
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h"
print(s.splitlines())
print(s.split("\n"))
print("trailing\n".splitlines(), "trailing\n".split("\n"), "".splitlines(), "\n".splitlines())
print("x\n\ny".splitlines(keepends=True))
