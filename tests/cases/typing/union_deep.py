# Deeply nested aliases and unions: their parameters, substitution and repr
# raise RecursionError instead of exhausting the C stack.
# (200,000 levels: well past where any build of either interpreter runs out
# of C stack, whatever its frame sizes.)

def params[T]():
    return T

T = params()

def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except RecursionError:
        print(label, "RecursionError")

x = T
for i in range(200000):
    x = list[x]
attempt("parameters", lambda: x.__parameters__)
attempt("subscript", lambda: x[int])
attempt("repr", lambda: repr(x))

u = T
for i in range(200000):
    u = list[u] | None
attempt("union parameters", lambda: u.__parameters__)
attempt("union repr", lambda: repr(u))

v = int
for i in range(200000):
    v = list[v]
attempt("no parameters", lambda: v.__parameters__)

nested = [T]
for i in range(1000000):
    nested = [nested]
attempt("nested lists", lambda: list[nested].__parameters__)

# shallow ones are fine
y = T
for i in range(50):
    y = list[y] | None
print(y.__parameters__, repr(y[int])[:60])
