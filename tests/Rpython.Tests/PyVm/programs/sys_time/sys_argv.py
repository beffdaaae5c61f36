# args: alpha 42 --flag
# sys.argv holds the program's name and the arguments given on the command line.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0], sys.argv[1:])
total = sum(int(a) for a in sys.argv[1:] if a.isdigit())
print(total)
