# Everything printed before the error appears on stdout, unbuffered or not.
for i in range(100):
    print("line", i, end=";" if i % 10 else "\n")
print()
import sys
sys.stdout.write("partial line without newline")
raise SystemError("stop here")
