# Name resolution: local, enclosing, global, builtin; UnboundLocalError.
x = "global"
def read_global():
    return x

def local_shadow():
    x = "local"
    return x

def uses_len():
    return len("abc")

def shadow_builtin():
    len = lambda s: -1
    return len("abc")

print(read_global(), local_shadow(), uses_len(), shadow_builtin(), x)

def unbound():
    print(x)
    x = 1

try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def free_unbound():
    def inner():
        return y
    r = None
    try:
        r = inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    y = 2
    return inner()

print(free_unbound())
