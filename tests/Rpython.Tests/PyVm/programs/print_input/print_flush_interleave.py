# stdout and print interleave in order; sys.stdout.write and print share one stream.
import sys
for i in range(3):
    sys.stdout.write("w%d " % i)
    print("p%d" % i, end=" ")
print()
print("a", end="")
sys.stdout.write("b")
print("c")
sys.stdout.flush()
print("done", flush=True)
