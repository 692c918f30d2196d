import operator as op
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f'V({self.x})'
    def __add__(self, o): return V(self.x + o.x) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return V(self.x + o)
    def __iadd__(self, o): self.x += o.x if isinstance(o, V) else o; return self
    def __getitem__(self, k): return self.x * k
    def __setitem__(self, k, v): print('set', k, v)
    def __delitem__(self, k): print('del', k)
    def __contains__(self, k): return k == self.x
    def __call__(self, *a, **kw): return ('called', a, kw)
v = V(2)
print(op.add(v, V(3)), op.add(1, v), op.iadd(v, 5), v, op.getitem(v, 3), op.contains(v, 7))
op.setitem(v, 'a', 1); op.delitem(v, 'b')
print(op.call(v, 1, k=2), op.concat(v, V(1)))
try: op.add(v, 'str')
except TypeError as e: print(e)
try: op.sub(v, v)
except TypeError as e: print(e)
print(op.countOf([V(1), v], v), op.indexOf([1, v], v))
