# Sorting, min and max only need __lt__.
class Job:
    def __init__(self, prio, name): self.prio, self.name = prio, name
    def __lt__(self, o): return self.prio < o.prio
    def __repr__(self): return "%s:%d" % (self.name, self.prio)
jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b"), Job(1, "a2")]
print(sorted(jobs), min(jobs), max(jobs), sorted(jobs, reverse=True))
print(Job(1, "x") > Job(0, "y"))
try:
    Job(1, "x") <= Job(2, "y")
except TypeError as e:
    print("TypeError:", e)
