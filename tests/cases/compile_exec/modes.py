# compile() modes ('exec', 'eval', 'single'), optimize levels (asserts and
# docstrings), __debug__, and the attributes of the code objects made.
# cwd: tmp
# lib: progrun
from progrun import run

run('1 + 2 * 3', 'eval')
run('[x * x for x in range(4)]', 'eval')
run('(lambda a: a + 1)(41)', 'eval')
run('x = 5', 'single')
run('x = 5\n', 'single', ns={})
ns = {'__name__': 'm'}
run('7 * 6', 'single', ns=ns)
run('None', 'single')
run('if 1:\n  print("body")\n  8\n', 'single')
print(eval('2 ** 10'), eval('   len("abc")'), eval('\t1'))
print(eval('a + b', {'a': 1}, {'b': 2}))
exec('c = a * 3', g := {'a': 4})
print(g['c'])
loc = {}
exec('def f(): return "f"\nr = f()', {}, loc)
print(sorted(loc), loc['r'])

src = '''\
"""module doc"""
def f():
    "fdoc"
    return 1
class C:
    "cdoc"
print(__doc__, f.__doc__, C.__doc__, __debug__)
assert False, "asserted"
print("after")
'''
for level in (-1, 0, 1, 2):
    run(src, optimize=level)

co = compile('def f(a, b=1, *c, d, **e):\n    "doc"\n    x = a\n    return x\n', 'co.py', 'exec')
f = co.co_consts[0] if hasattr(co.co_consts[0], 'co_code') else None
ns = {}
exec(co, ns)
fc = ns['f'].__code__
print(fc.co_name, fc.co_qualname, fc.co_argcount, fc.co_posonlyargcount, fc.co_kwonlyargcount)
print(fc.co_varnames, fc.co_nlocals, fc.co_flags, fc.co_firstlineno, fc.co_filename)
print(fc.co_consts[0], ns['f'].__doc__, co.co_name, co.co_flags, co.co_filename)
print(fc.co_cellvars, fc.co_freevars, co.co_names)
print([l for l in fc.co_lines()][-1][2], list(dict.fromkeys(x[2] for x in co.co_lines())))

co = compile('def outer():\n    v = 1\n    def inner():\n        return v\n    return inner\n', 'c2.py', 'exec')
ns = {}
exec(co, ns)
inner = ns['outer']()
print(ns['outer'].__code__.co_cellvars, inner.__code__.co_freevars, inner.__qualname__,
      inner.__code__.co_flags, inner.__closure__[0].cell_contents)
co = compile('class K:\n    def m(self):\n        self.a = 1\n        self.b: int = 2\n', 'c3.py', 'exec')
ns = {}
exec(co, ns)
K = ns['K']
print(K.__static_attributes__, K.__firstlineno__, K.__module__, K.m.__code__.co_flags)
print(compile('x', 's', 'eval').co_names, compile('pass', 's', 'exec').co_consts)

# __future__ features: on every code object, and inherited by exec()
c = compile('from __future__ import annotations\ndef f(): pass\nclass C: pass', 's', 'exec')
print(hex(c.co_flags), [hex(k.co_flags) for k in c.co_consts if hasattr(k, 'co_code')])
c = compile('def f(): pass', 's', 'exec', 0x1000000)
print(hex(c.co_flags), [hex(k.co_flags) for k in c.co_consts if hasattr(k, 'co_code')])
c = compile('from __future__ import generator_stop, barry_as_FLUFL\nx=1', 's', 'exec')
print(hex(c.co_flags))
c = compile('x=1', 's', 'exec', 0x2000 | 0x400000 | 0x800000)
print(hex(c.co_flags))
ns = {}
exec('from __future__ import annotations\nexec("g = compile(\'y = 1\', \'t\', \'exec\')")', ns)
print(hex(ns['g'].co_flags))
exec('from __future__ import annotations\nh = compile("y = 1", "t", "exec", dont_inherit=True)', ns)
print(hex(ns['h'].co_flags))

# docstrings are stored with their indentation removed
src = '"""  mod\n    doc\n  """\nclass C:\n    """  cls\n        doc"""\n    def m(self):\n        """x\n\t   y\n\n"""\n'
ns = {}
exec(compile(src, 's', 'exec'), ns)
print(repr(ns['__doc__']), repr(ns['C'].__doc__), repr(ns['C'].m.__doc__),
      repr(ns['C'].m.__code__.co_consts[0]))
for d in ['  a\n    b\n  c', 'a\n\tb\n\t  c', '\n    x\n    y\n  ', 'x\n   \n  y', '\n\n']:
    ns = {}
    exec(compile('def f():\n    ' + repr(d) + '\n', 's', 'exec'), ns)
    print(repr(ns['f'].__doc__))
