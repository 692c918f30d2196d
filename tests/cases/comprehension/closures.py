# Comprehensions see enclosing function variables; lambdas capture late.
def scale(items, factor):
    return [i * factor for i in items]

def table(n):
    return {i: [i * j for j in range(1, n + 1)] for i in range(1, n + 1)}

print(scale([1, 2, 3], 10), table(3))
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(3)]
print([f() for f in fns2])

def outer():
    base = 100
    return [base + k for k in range(3)]

print(outer())
