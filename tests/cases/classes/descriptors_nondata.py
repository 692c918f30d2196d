class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Data:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, value):
        raise AttributeError("read only!")
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, C.nd)
c.nd = "instance value"
print(c.nd, C.nd)
del c.nd
print(c.nd)
try:
    c.d = 5
except AttributeError as e:
    print("AttributeError:", e)
c.__dict__["d"] = "shadow"
print(c.d)
class OnlyDelete:
    def __get__(self, obj, t=None):
        return 42
    def __delete__(self, obj):
        print("deleting")
class E:
    od = OnlyDelete()
e = E()
del e.od
try:
    e.od = 1
except AttributeError as ex:
    print("AttributeError:", ex)
print(e.od)
