for a, *b, *c in x: pass
[1 for *a, *b in y]
