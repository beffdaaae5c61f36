# A syntax error anywhere in the program: nothing runs, SyntaxError on stderr, exit code 1.
print("this does not print")
x = = 1
