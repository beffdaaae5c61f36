# Without arguments sys.argv is just the program's name.
import sys
print(sys.argv, len(sys.argv))
name = sys.argv[0]
print(name.endswith(".py"))
