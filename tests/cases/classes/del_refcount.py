class D:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)
a = D("a")
print("before del a")
del a
print("after del a")
b = D("b")
b = D("b2")
print("rebound")
def f():
    x = D("local")
    print("in f")
f()
print("after f")
l = [D("in-list1"), D("in-list2")]
l.pop()
print("popped")
l.clear()
print("cleared")
D("temp")
print("after temp")
d = {"k": D("dict-val")}
d["k"] = 1
print("replaced")
class Sub(D):
    pass
s = Sub("sub")
del s
print("end")
