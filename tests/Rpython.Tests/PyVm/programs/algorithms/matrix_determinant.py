# Determinants by Gaussian elimination with floats and by cofactors with ints.
def det_int(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det_int([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
def det_float(m):
    m = [list(map(float, r)) for r in m]
    n, d = len(m), 1.0
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        if m[p][c] == 0:
            return 0.0
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return d
m = [[2, -3, 1, 5], [4, 0, -1, 2], [1, 2, 3, -4], [0, 1, 1, 1]]
print(det_int(m), round(det_float(m), 9), det_int([[1, 2], [2, 4]]), det_float([[1, 2], [2, 4]]))
