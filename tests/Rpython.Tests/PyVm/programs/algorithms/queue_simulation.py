# A deterministic queue simulation with a linear congruential generator.
class LCG:
    def __init__(self, seed): self.state = seed
    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.state >> 33) % n
rng = LCG(2024)
queue, served, waits, t = [], 0, [], 0
for t in range(200):
    for _ in range(rng.next(3)):
        queue.append(t)
    if queue and rng.next(4) != 0:
        waits.append(t - queue.pop(0))
        served += 1
print(served, len(queue), max(waits), sum(waits) / len(waits))
print(rng.state, rng.next(1000))
