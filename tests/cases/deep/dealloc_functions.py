# Chains of functions, closures, cells, bound methods and descriptors are
# freed without deep C recursion.
N = 100000

def nest(wrap, n=N):
    x = None
    for i in range(n):
        x = wrap(x)
    return x

def closure(f):
    return lambda: f
x = nest(closure)
print(x()() is not None)
x = None
print("closures freed")

x = nest(lambda f: (lambda v=f: v))
print(x() is not None)
x = None
print("defaults freed")

def cell_of(v):
    def get():
        return v
    return get.__closure__[0]
x = nest(cell_of)
print(type(x).__name__, type(x.cell_contents).__name__)
x = None
print("cells freed")

# partial-like wrappers calling the one below (only a few levels are called)
def partial(f, *bound):
    def call(*args):
        return f(*bound, *args)
    call.inner = f
    return call
x = nest(lambda f: partial(f if f else (lambda *a: a), 1))
x = None
print("partials freed")

class C:
    def m(self):
        return self

# bound methods of bound methods (called: each level adds an argument;
# making each level costs time in proportion to the depth)
def f(*args):
    return len(args)
x = f
for i in range(5000):
    x = classmethod(x).__get__(None, C)
    if i == 1000:
        print(x())
x = None
print("methods freed")

x = nest(staticmethod)
x = None
x = nest(classmethod)
x = None
x = nest(property)
x = None
print("descriptors freed")

# functions whose __dict__ holds the next one
def attr(prev):
    def g():
        pass
    g.prev = prev
    return g
x = nest(attr)
x = None
print("function attributes freed")
