# Matrices as lists of lists: transpose, multiply, identity.
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

m = [[1, 2, 3], [4, 5, 6]]
print(transpose(m))
print(matmul(m, transpose(m)))
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(ident, matmul(m, ident) == m)
for row in matmul(transpose(m), m):
    print(" ".join("%3d" % v for v in row))
