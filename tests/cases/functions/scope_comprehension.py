# Comprehension variables do not leak; they can still close over locals.
def f():
    n = 3
    squares = [i * n for i in range(n)]
    try:
        i
    except NameError as e:
        print("NameError", e)
    funcs = [lambda: i for i in range(2)]
    return squares, [g() for g in funcs]

print(f())

def shadow():
    i = "kept"
    data = [i for i in range(2)]
    return i, data

print(shadow())

def nested():
    return [[(r, c) for c in range(r)] for r in range(3)]

print(nested())
