# Class bodies are not enclosing scopes for methods; comprehensions in them.
x = "global x"

class C:
    x = "class x"
    y = [x for _ in range(1)]
    z = (lambda: x)()

    def method(self):
        return x

print(C.y, C.z, C().method())

def outer():
    v = "outer v"
    class D:
        v = "class v"
        def get(self):
            return v
        seen = v
    return D

D = outer()
print(D().get(), D.seen)
