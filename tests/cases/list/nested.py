# Lists of lists: matrices, aliasing pitfalls, deep equality.
n = 4
grid = [[0] * n for _ in range(n)]
for i in range(n):
    for j in range(n):
        grid[i][j] = i * n + j
for row in grid:
    print(row)
t = [[grid[j][i] for j in range(n)] for i in range(n)]
print(t)
alias = [[0] * 2] * 2
alias[0][0] = 5
print(alias)
print(grid == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11], [12, 13, 14, 15]])
flat = [x for row in grid for x in row if x % 3 == 0]
print(flat, sum(flat))
r = [1]
r.append(r)
print(r)
