class C:
    vals = [1, 2, 3]
    sq = list(v * v for v in vals)
    try:
        bad = list(v + len(vals) for v in vals)
    except NameError as e:
        err = str(e)
print(C.sq, C.err)

def outer():
    n = 10
    gens = [(lambda k: (x + k + n for x in range(2)))(k) for k in range(3)]
    return [list(g) for g in gens]
print(outer())

def closure_gen():
    total = 0
    def add():
        nonlocal total
        for i in range(3):
            total += i
            yield total
    return add, lambda: total
add, get = closure_gen()
it = add()
print(next(it), get())
print(list(it), get())
x = "global"
print(list(x for _ in range(2)))
print([list(y for y in range(i)) for i in range(3)])
