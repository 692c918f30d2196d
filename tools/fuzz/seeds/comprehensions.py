data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print([x * x for x in data if x % 2])
print({x % 4 for x in data})
print({k: v for k, v in zip("abcdef", data)})
print([(i, j) for i in range(3) for j in range(i) if i != j])
print(list(x for x in data if x > 4))
print([[c for c in row] for row in ["ab", "cd"]])
print(sorted(set(data), key=lambda v: -v)[:3])
total = 0
print([total := total + x for x in data][-1], total)
matrix = [[1, 2], [3, 4]]
print([v for row in matrix for v in row], [*map(sum, matrix)], dict.fromkeys("ab", 0))
print(any(x > 8 for x in data), all(x > 0 for x in data), min(data), max(data, key=lambda v: v % 5))
