# What gc.collect() counts for common cycles: exceptions kept with their
# traceback, trees, bound methods, sets, weak references inside the garbage
import gc
gc.disable()
gc.collect()
def show(label):
    print(label, gc.collect())
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        err = e
    return None
f(); show("exc-local")
def g():
    try:
        1/0
    except ZeroDivisionError as e:
        return e
e = g(); e.me = e; del e; show("exc-self")
class Node:
    def __init__(self, parent=None):
        self.parent = parent
        self.children = []
        if parent: parent.children.append(self)
root = Node(); [Node(root) for _ in range(5)]; del root; show("tree")
class K:
    def m(self): pass
k = K(); k.bound = k.m; del k; show("bound")
d = {}; d["self"] = d; del d; show("dict")
s = set(); 
class H: pass
h = H(); s.add(h); h.s = s; del h, s; show("set")
import weakref
class W: pass
w = W(); w.r = weakref.ref(w); w.me = w; del w; show("weak-self")
w = W(); w.p = weakref.proxy(w, lambda p: None); w.me = w; del w; show("proxy-cb")
