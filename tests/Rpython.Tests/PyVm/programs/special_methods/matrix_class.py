# A matrix class with __getitem__ taking tuples, __mul__, __eq__ and __repr__.
class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    def __getitem__(self, ij): return self.rows[ij[0]][ij[1]]
    def __setitem__(self, ij, v): self.rows[ij[0]][ij[1]] = v
    def __mul__(self, o):
        n, m, p = len(self.rows), len(o.rows), len(o.rows[0])
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self): return "Matrix(%r)" % self.rows
a = Matrix([[1, 2], [3, 4]])
print(a * a, a[1, 0])
a[0, 0] = 0
print(a, a == Matrix([[0, 2], [3, 4]]), a == a * Matrix([[1, 0], [0, 1]]))
f = Matrix([[1, 1], [1, 0]])
r = f
for _ in range(10):
    r = r * f
print(r[0, 1])
