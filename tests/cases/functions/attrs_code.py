# The code object behind a function: co_name, co_argcount, co_varnames, ...
def sample(a, b, /, c, d=1, *args, e, f=2, **kw):
    """doc"""
    local1 = a + b
    def inner():
        return local1
    return inner

co = sample.__code__
print(co.co_name, co.co_qualname)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_cellvars, co.co_freevars, co.co_nlocals)
print(co.co_flags & 0x0C, bool(co.co_flags & 0x20))
print(co.co_firstlineno, co.co_filename.endswith("attrs_code.py"))
inner = sample(1, 2, 3, e=4)
ico = inner.__code__
print(ico.co_name, ico.co_qualname, ico.co_freevars, ico.co_argcount)

def gen():
    yield 1

print(bool(gen.__code__.co_flags & 0x20), type(co).__name__)
print(repr(co).startswith("<code object sample at 0x"))
print((lambda x, y: 0).__code__.co_varnames, (lambda: 0).__code__.co_name)
