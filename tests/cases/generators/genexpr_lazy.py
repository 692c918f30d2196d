def src(n):
    for i in range(n):
        print("produce", i)
        yield i

def show(x):
    print("consume", x)
    return x

g = (show(x) * 10 for x in src(3))
print("created")
print(next(g))
print("between")
for v in g:
    print("loop", v)

# the first iterable is evaluated immediately, the rest lazily
def it(tag):
    print("iter", tag)
    return [1, 2]
g = (a + b for a in it("outer") for b in it("inner"))
print("genexpr made")
print(list(g))

# first iterable error raised at creation time
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)

# condition errors raised lazily
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "dead"))

# variable binding: late binding in outer scope
n = 1
g = (x + n for x in range(3))
n = 100
print(list(g))
