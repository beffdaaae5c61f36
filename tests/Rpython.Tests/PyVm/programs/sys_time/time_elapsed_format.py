# Measuring elapsed time the usual way, printing only a coarse, deterministic fact.
import time
start = time.perf_counter()
fib = [0, 1]
while len(fib) < 300:
    fib.append(fib[-1] + fib[-2])
elapsed = time.perf_counter() - start
print(len(str(fib[-1])), elapsed >= 0.0, elapsed < 60.0)
print("elapsed: %s" % ("fast" if elapsed < 10 else "slow"))
