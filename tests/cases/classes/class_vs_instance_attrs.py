class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.own = []
a, b = C(), C()
a.shared.append(1)
a.own.append(2)
print(b.shared, b.own, C.count, a.count)
a.count = 99
print(a.count, b.count, C.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print(e)
C.new_attr = "added later"
print(a.new_attr, hasattr(b, "new_attr"))
del C.new_attr
print(hasattr(a, "new_attr"))
try:
    del C.new_attr
except AttributeError as e:
    print(e)
def method(self): return "dynamic method"
C.m = method
print(a.m(), C.m(a))
a.inst_func = method
try:
    a.inst_func()
except TypeError as e:
    print(e)
print(sorted(k for k in vars(a)))
try:
    C.nope
except AttributeError as e:
    print(e)
try:
    a.nope
except AttributeError as e:
    print(e)
