# A generator used as a tokenizer state machine.
def tokens(text):
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            yield ("NUM", int(text[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield ("NAME", text[i:j])
            i = j
        else:
            yield ("OP", c)
            i += 1
for tok in tokens("x1 = 42 + foo*(7-y)"):
    print(tok)
