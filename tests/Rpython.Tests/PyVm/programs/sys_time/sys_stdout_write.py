# sys.stdout.write returns the number of characters and writes no newline.
import sys
n = sys.stdout.write("hello")
sys.stdout.write(" world\n")
sys.stdout.write(str(n) + "\n")
w = sys.stdout.write
for part in ["a", "b", "c\n"]:
    w(part)
sys.stdout.write("é€😀\n")
print(sys.stdout.write(""))
sys.stderr.write("to stderr\n")
