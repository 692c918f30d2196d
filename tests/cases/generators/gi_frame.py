def g():
    x = 1
    yield x
    y = 2
    yield y

it = g()
f = it.gi_frame
print(type(f).__name__, f.f_code.co_name, f.f_lineno)
next(it)
print(f.f_lineno, sorted(f.f_locals))
next(it)
print(f.f_lineno, sorted(f.f_locals))
list(it)
print(it.gi_frame)
