# Many instances with the same attributes (the VM shares their layout), then one that differs.
class Particle:
    def __init__(self, i):
        self.x = i
        self.y = i * 2
        self.vx = 1
        self.vy = -1

ps = [Particle(i) for i in range(1000)]
for _ in range(10):
    for p in ps:
        p.x += p.vx
        p.y += p.vy
print(sum(p.x for p in ps), sum(p.y for p in ps))
odd = ps[3]
odd.extra = "yes"
del odd.vx
print(sorted(vars(odd)), sorted(vars(ps[4])))
print(hasattr(ps[3], "vx"), hasattr(ps[4], "vx"))
