# Every Symbol query, on symbols of each kind, and get_namespace's errors.
import symtable

src = '''
import os
from m import n as nn
g = 1
ann: int
def f(p, *, k):
    global g
    l = p
    def inner():
        nonlocal l
        return l + k
    [i for i in range(3)]
    return inner
def f(): pass
class K:
    v = 1
    def m(self): return v
def outer():
    v = 2
    class K2:
        v = 3
        def m(self): return v
    return K2
def comps():
    return [lambda: j for j in range(2)]
def gen[T](t: T): pass
'''
top = symtable.symtable(src, "sym.py", "exec")
QUERIES = [n for n in sorted(dir(symtable.Symbol)) if n.startswith("is_")]
print(QUERIES)

def show(table):
    for sym in table.get_symbols():
        print(" ", table.get_name(), sym.get_name(), [q[3:] for q in QUERIES if getattr(sym, q)()])
    for child in table.get_children():
        show(child)

show(top)
for name in ("os", "g", "f", "K"):
    sym = top.lookup(name)
    print(name, sym.get_namespaces(), sym.is_namespace())
    try:
        print(" ", sym.get_namespace())
    except ValueError as e:
        print("  ValueError:", e)
