# getweakrefs() order: the plain ref, the plain proxy, then the others,
# newest first; callbacks run in that order too
import weakref


class C:
    pass


c = C()
log = []
r1 = weakref.ref(c, lambda w: log.append("r1"))
p1 = weakref.proxy(c, lambda w: log.append("p1"))
p0 = weakref.proxy(c)
r2 = weakref.ref(c, lambda w: log.append("r2"))
r0 = weakref.ref(c)
refs = weakref.getweakrefs(c)
names = {id(r1): "r1", id(p1): "p1", id(p0): "p0", id(r2): "r2", id(r0): "r0"}
print([names[id(x)] for x in refs], weakref.getweakrefcount(c))
del r0, p0
print([names[id(x)] for x in weakref.getweakrefs(c)])
del r2
print(weakref.getweakrefcount(c))
del c
print(log)
