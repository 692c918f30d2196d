# Class.get_methods(): deprecated since 3.14 (the warning is shown), and
# which children it counts as methods.
import symtable
import warnings

src = '''
class C:
    def a(self): pass
    async def b(self): pass
    def c[T](self): pass
    lam = lambda self: 0
    gen = (x for x in ())
    class Inner:
        def hidden(self): pass
    class GenericInner[U]: pass
    @property
    def d(self): pass
    def a(self): pass
'''
c = symtable.symtable(src, "meth.py", "exec").get_children()[0]
print(c.get_methods())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(c.get_methods())
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        c.get_methods()
    except DeprecationWarning as e:
        print("raised:", e)
empty = symtable.symtable("class E: pass", "e.py", "exec").get_children()[0]
warnings.simplefilter("ignore")
print(empty.get_methods())
