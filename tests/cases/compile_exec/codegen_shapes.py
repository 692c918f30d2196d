# The code objects compile() makes, field by field, for sources that exercise
# the optimiser: borrowed loads, superinstructions, constants (small ints,
# folding, unused entries), `is None` jumps, swapped stores, comprehensions.
import dis

SOURCES = {
    'borrow': '''
def f(a, b):
    c = a.y if a else b
    for x in a:
        b(x)
    return a + b
''',
    'superinstructions': '''
def f(a, b):
    a, b = b, a
    x = a; y = b
    z = x
    return z, y
''',
    'consts': '''
def f():
    x = 1
    y = -5
    z = (1, (2, 3))
    w = [1, 2, 3]
    return x in [1, 2], {4, 5, 6}, 300
def g():
    "doc"
    return 5
def h(): pass
''',
    'none_jumps': '''
def f(x, y=None):
    if x is None:
        return 1
    if y is not None and x:
        return 2
    while x is not None:
        x = x.next
''',
    'swaps': '''
a, b, c = 0, 1, 2
def f(p):
    q, r = p, 1
    s, = p,
    return q, r, s
''',
    'calls': '''
import os
def f(kw, *a):
    os.path.join('a', 'b')
    g(**kw)
    g(1, 2, **kw)
    g(kw, **kw)
    return sum(x * 2 for x in a)
''',
    'try': '''
def f(x):
    try:
        y = g(x)
    except ValueError as e:
        y = 2
    return y
''',
    'closures': '''
def f(a, b):
    def g():
        return a + b
    return g
''',
}


def show(co, depth=0):
    pad = '  ' * depth
    consts = [('<code %s>' % c.co_qualname) if hasattr(c, 'co_code') else c
              for c in co.co_consts]
    print(pad + co.co_qualname, consts, co.co_names, co.co_varnames,
          co.co_cellvars, co.co_freevars, co.co_stacksize, hex(co.co_flags))
    print(pad + ' lines', co.co_linetable.hex())
    print(pad + ' exc', co.co_exceptiontable.hex())
    for ins in dis.get_instructions(co):
        arg = ins.argval
        if hasattr(arg, 'co_code'):
            arg = '<code %s>' % arg.co_qualname
        print(pad + '   ', ins.offset, ins.opname, ins.arg, repr(arg), tuple(ins.positions))
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            show(c, depth + 1)


for name, src in SOURCES.items():
    print('==', name)
    show(compile(src, name, 'exec'))
