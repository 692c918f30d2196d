# Matrix multiplication, transpose and determinant with lists of lists.
def matmul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))]
            for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(transpose(a))
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(m), det([[1.5, 2], [3, 4]]))
ident = [[int(i == j) for j in range(3)] for i in range(3)]
print(matmul(m, ident) == m, ident)
p = m
for _ in range(5):
    p = matmul(p, m)
print(p)
