x = "outer"
squares = [x for x in range(3)]
print(x, squares)
matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix, [v for row in matrix for v in row if v % 2 == 0])
print({k: [v for v in range(k)] for k in range(3)}, {c for c in "banana"} == set("ban"))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(C.doubled, C.total)
gen = (i for i in range(3))
print(list(gen), list(gen))
print([(a, b) for a in range(3) for b in range(a, 3) if a != b])
