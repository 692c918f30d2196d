# exec() and eval() of code objects: namespaces, closures, the errors.
def f():
    global G
    G = 5
    print("in f", __name__)

def g(a):
    print(a)

def outer():
    x = 1
    def inner():
        print("x is", x)
    return inner

ns = {}
print(exec(f.__code__, ns), sorted(ns), ns["G"], type(ns["__builtins__"]).__name__)
exec(f.__code__)
print(G)
for args in [(g.__code__,), (outer().__code__,), (f.__code__, []), (f.__code__, {}, 5), (5,), (None,)]:
    try:
        print(exec(*args))
    except TypeError as e:
        print("TypeError:", e)
c = outer()
exec(c.__code__, {}, closure=c.__closure__)
exec(c.__code__, closure=c.__closure__)
for kw in [dict(closure=c.__closure__), dict(closure=(1,)), dict(closure=()), dict(closure=None)]:
    try:
        exec(f.__code__ if kw["closure"] != (1,) else c.__code__, **kw)
        print("ran with", kw)
    except TypeError as e:
        print("TypeError:", e)

def h():
    return 42

def k():
    return sorted(locals())

print(eval(h.__code__), eval(h.__code__, {}), eval(k.__code__, {}, {"q": 1}))
for args in [(c.__code__,), (g.__code__,), (h.__code__, []), (5,), (h.__code__, {}, 5)]:
    try:
        print(eval(*args))
    except TypeError as e:
        print("TypeError:", e)

def boom():
    raise ValueError("from exec'd code")

try:
    exec(boom.__code__, {})
except ValueError as e:
    print("ValueError:", e)
print(exec.__text_signature__, eval.__text_signature__)
print(repr(exec.__doc__.splitlines()[0]), repr(eval.__doc__.splitlines()[0]))

class Ns(dict):
    pass

gl = {}
exec(f.__code__, gl, Ns())
print(gl["G"])
