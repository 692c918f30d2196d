# Recursion through generators and nested generator delegation.
def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)

print(list(countdown(10)))
print(sum(countdown(400)))

def endless():
    yield from endless()

try:
    next(endless())
except RecursionError as e:
    print("RecursionError", e)

def self_next():
    yield next(g)

g = self_next()
try:
    next(g)
except ValueError as e:
    print("ValueError", e)

def tree(depth):
    if depth == 0:
        return
    yield depth
    for child in (tree(depth - 1), tree(depth - 1)):
        yield from child

print(list(tree(3)))
