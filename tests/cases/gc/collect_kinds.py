# What gc.collect() counts for cycles of different kinds of objects
import gc
gc.disable()
gc.collect()
def show(label):
    print(label, gc.collect())
class A: pass
a = A(); a.d = {"k": a}; del a; show("inst+dict")
l = [1]; l.append(l); d = {"l": l}; l.append(d); del l, d; show("list+dict")
def outer():
    x = []
    def inner(): return x
    x.append(inner)
    return inner
f = outer(); del f; show("closure")
def g():
    yield 1
it = g(); next(it); lst = [it]; lst.append(lst); del it, lst; show("gen")
class B:
    pass
del B; show("class")
t = ([],); t[0].append(t); del t; show("tuple")
a = A(); a.m = a.__init__ if hasattr(a, '__init__') else None; a.self = a; del a; show("inst")
s = {1}; 
class C:
    def __init__(self): self.s = self
c = C(); c.x = [c]; del c; show("inst+list")
