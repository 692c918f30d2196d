# The SymbolTable methods: types, ids, names, lines, children, lookups,
# and the table objects handed out again while they live.
import symtable

src = '''
def f(x):
    def g(): return x
    return g
class C:
    def m(self): pass
lam = lambda: 0
'''
top = symtable.symtable(src, "api.py", "exec")
print(type(top).__name__, top.get_type(), repr(top.get_type()), top.get_type() == "module")
print(top.get_name(), top.get_lineno(), top.is_optimized(), top.is_nested(), top.has_children())
ids = type(top.get_identifiers()).__name__, sorted(top.get_identifiers())
print(ids)
children = top.get_children()
print([(type(c).__name__, c.get_name(), c.get_type(), c.get_lineno()) for c in children])
print(children[1] is top.get_children()[1], top.get_children() == top.get_children())
print(len({c.get_id() for c in children}) == len(children), isinstance(top.get_id(), int))
print(top.get_id() != children[0].get_id())
f = children[1]
print(f.get_parameters(), f.get_locals(), f.get_globals(), f.get_nonlocals(), f.get_frees())
print(f.get_parameters() is f.get_parameters())
g = f.get_children()[1]
print(g.get_name(), g.is_nested(), g.get_frees(), g.lookup("x").is_free())
print(top.lookup("f") is top.lookup("f"), top.lookup("f") in top.get_symbols())
print([s.get_name() for s in top.get_symbols()])
for name in ("nope", 1, None):
    try:
        top.lookup(name)
    except KeyError as e:
        print("KeyError", repr(e))
print(top.lookup("f").get_namespace() is f)
c = children[3]
print(type(c).__name__, c.get_type(), c.is_optimized(), [type(k).__name__ for k in c.get_children()])
for t in (top, f, g, c):
    print(repr(t), str(t))
print(isinstance(f, symtable.SymbolTable), issubclass(symtable.Class, symtable.SymbolTable))
print(symtable.SymbolTable(top._table, "again.py"))
