# print to sys.stdout and sys.stderr explicitly, flush=True.
import sys
print("to stdout", file=sys.stdout)
print("also stdout", flush=True)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print("to stderr", file=sys.stderr)
print(None, file=None)
