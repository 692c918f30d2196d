# Lambdas and functions as values.
square = lambda x: x * x
add = lambda a, b=1: a + b
print(square(7), add(2), add(2, 3), (lambda: "no args")())

def compose(f, g):
    return lambda x: f(g(x))

inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))

def apply_all(fns, v):
    return [fn(v) for fn in fns]

print(apply_all([abs, str, square, lambda v: -v], -3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in ops:
    print(8, sym, 3, "=", ops[sym](8, 3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(square.__name__, compose.__name__, compose.__qualname__)
