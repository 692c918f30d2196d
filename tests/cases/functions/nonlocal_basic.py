# nonlocal rebinds a variable of an enclosing function, across several levels.
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x += 10
            return x
        inner()
        return inner()
    r = middle()
    return x, r

print(outer())

def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step

a, b = counter(), counter()
print(a(), a(), a(), b())

def shadowing():
    x = "outer"
    def f():
        x = "local"
        def g():
            nonlocal x
            x = "changed by g"
        g()
        return x
    return f(), x

print(shadowing())

def aug():
    s = []
    t = ()
    def add(v):
        nonlocal t
        s.append(v)
        t += (v,)
    add(1)
    add(2)
    return s, t

print(aug())
