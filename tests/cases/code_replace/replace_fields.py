# code.replace() with each field: the copy shows what was given and keeps the rest.
def f(a, b=2, *c, d, **e):
    x = a
    def g():
        return x
    return g

co = f.__code__
fields = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals',
          'co_stacksize', 'co_flags', 'co_firstlineno', 'co_code', 'co_consts',
          'co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_filename',
          'co_name', 'co_qualname', 'co_linetable', 'co_exceptiontable']
same = co.replace()
print(same is co, same == co, hash(same) == hash(co))
for name in fields:
    print(name, getattr(same, name) == getattr(co, name))

r = co.replace(co_name='renamed', co_qualname='Q.renamed', co_filename='elsewhere.py',
               co_firstlineno=100)
print(r.co_name, r.co_qualname, r.co_filename, r.co_firstlineno)
print(repr(r).startswith("<code object renamed at 0x"), repr(r).endswith('file "elsewhere.py", line 100>'))
print(r.co_varnames, r.co_cellvars, r.co_freevars, r.co_nlocals)
print(co.replace(co_stacksize=co.co_stacksize + 5).co_stacksize - co.co_stacksize)
print(co.replace(co_flags=co.co_flags | 0x10000).co_flags & 0x10000)
