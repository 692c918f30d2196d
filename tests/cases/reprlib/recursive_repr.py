# reprlib.recursive_repr: a repr that meets itself gives the fill value.
import reprlib

class W:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        "doc of repr"
        return f"W({self.items!r})"
w = W()
w.items = [w, 1, {"me": w}]
print(repr(w))
print(W.__repr__.__name__, W.__repr__.__qualname__, W.__repr__.__doc__, W.__repr__.__wrapped__.__name__, W.__repr__.__module__)
print(sorted(vars(W.__repr__)))
class D(dict):
    @reprlib.recursive_repr()
    def __repr__(self):
        return "D(" + ", ".join(f"{k}={v!r}" for k, v in self.items()) + ")"
d = D(a=1)
d["self"] = d
print(repr(d), str(d))
a, b = W(), W()
a.items, b.items = [b], [a]
print(repr(a), repr(b))
def f[T](self) -> int: return "x"
wrapped = reprlib.recursive_repr()(f)
print(wrapped.__annotations__, wrapped.__type_params__, wrapped.__defaults__)
class Raises:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise RuntimeError("inside")
r = Raises()
for _ in range(2):
    try:
        repr(r)
    except RuntimeError as e:
        print("RuntimeError:", e)
print(reprlib.recursive_repr.__doc__)
