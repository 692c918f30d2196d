# copyreg.dispatch_table and its built-in reductions.
import copyreg

print(sorted(t.__name__ for t in copyreg.dispatch_table))
print(copyreg.pickle_complex(3 + 4j), copyreg.pickle_complex(-0.0j))
print(copyreg.pickle_union(int | str), copyreg.pickle_union(int | None))
fn, args = copyreg.pickle_union(int | str)
print(fn(*args) == int | str)
class Base:
    def hello(self): return "base"
class Sub(Base): pass
obj = Sub()
fn, args = copyreg.pickle_super(super(Sub, obj))
print(fn, args[0], args[1] is obj, fn(*args).hello())
print(copyreg.__all__)
print(copyreg.__doc__)
