# options: -W error
# the same under -W error: each error is reported where it is ignored
import warnings
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
        warnings.warn("from finally")
g = gen(); next(g)
box = [g]; box.append(box)
class D:
    def __del__(self):
        print("D del")
        warnings.warn("D warns", RuntimeWarning)
d = D()
cyc = [D()]; cyc.append(cyc)
def h():
    try:
        yield
    finally:
        print("h finally")
hh = h(); next(hh)
print("end")
