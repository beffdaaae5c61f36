# Returning from inside with still runs __exit__; the return value is kept.
log = []
class Guard:
    def __enter__(self):
        log.append("enter")
    def __exit__(self, *a):
        log.append("exit")
def f():
    with Guard():
        log.append("body")
        return "value"
print(f(), log)
def g():
    for i in range(5):
        with Guard():
            if i == 2:
                return i
print(g(), log.count("enter"), log.count("exit"))
