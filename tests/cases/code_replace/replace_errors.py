# code.replace() refuses wrong types and values with CPython's messages.
def f(a, b=2, *c, d, **e):
    x = a
    def g():
        return x
    return g

co = f.__code__
ints = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals',
        'co_stacksize', 'co_flags', 'co_firstlineno']
objs = ['co_code', 'co_consts', 'co_names', 'co_varnames', 'co_freevars', 'co_cellvars',
        'co_filename', 'co_name', 'co_qualname', 'co_linetable', 'co_exceptiontable']

def attempt(**kw):
    try:
        co.replace(**kw)
        print(kw, 'accepted')
    except Exception as ex:
        print(type(ex).__name__, ex)

for name in ints:
    for bad in ['s', -1, 2**40, None, 1.5, [1]]:
        attempt(**{name: bad})
for name in objs:
    for bad in [-1, None, 1.5, [1], b'x', 'x', (1,)]:
        if name in ('co_names', 'co_varnames', 'co_freevars', 'co_cellvars', 'co_consts') and bad == (1,):
            continue
        if name in ('co_code', 'co_exceptiontable') and bad == b'x':
            continue
        attempt(**{name: bad})

attempt(co_lnotab=b'')
attempt(foo=1)
attempt(co_names=(1,))
attempt(co_consts=[1])
attempt(co_varnames=('a',))
attempt(co_varnames=('a', 'b', 'c', 'd', 'e', 'g', 'h'))
attempt(co_varnames=('a', 'b', 'd', 'c', 'e', 1))
attempt(co_nlocals=3)
attempt(co_argcount=10)
try:
    co.replace(1)
except TypeError as ex:
    print(ex)
try:
    co.replace(1, co_name='x')
except TypeError as ex:
    print(ex)
