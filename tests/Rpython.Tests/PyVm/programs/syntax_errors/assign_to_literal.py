# Assigning to a literal is a syntax error.
1 = x
