# finally blocks run on return from inside nested loops and withs, in order.
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n)
    def __exit__(self, *a): print("exit", self.n)
def search(grid, target):
    with Ctx(1):
        for r, row in enumerate(grid):
            try:
                with Ctx(2):
                    for c, v in enumerate(row):
                        if v == target:
                            return (r, c)
            finally:
                print("row done", r)
    return None
print(search([[1, 2], [3, 4]], 3))
