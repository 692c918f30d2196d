class D:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name)
root = D("root", D("child", D("grandchild")))
del root
print("---")
items = [D(f"item{i}") for i in range(3)]
del items
print("---")
x = D("x")
x = None
print("---")
def make():
    return D("returned")
make()
print("---")
class Holder:
    def __init__(self):
        self.d = D("attr")
h = Holder()
h.d = D("replacement")
print("replaced")
del h
print("end")
