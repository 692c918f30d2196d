# Scoping through compile(): class bodies and enclosing functions, free
# variables, cells, comprehension scopes (inlined), walrus, name mangling.
# cwd: tmp
# lib: progrun
from progrun import run

run("""\
def f():
    x = 'local'
    class C:
        x = x
    return C.x
x = 'glob'
print(f())
""")

run("""\
def f():
    x = 'enclosing'
    class C:
        y = x
        def m(self): return x
    return C.y, C().m()
print(f())
""")

run("""\
def f():
    del_me = 1
    del del_me
    return del_me
f()
""")

run("""\
def outer():
    def inner():
        return v
    r = inner
    return r()
    v = 1
outer()
""")

run("""\
class A:
    def m(self):
        def inner():
            return __class__
        return inner()
print(A().m() is A)
""")

run("""\
class A:
    def m(self):
        return [super().__class__ for _ in range(1)]
print(A().m())
""")

run("""\
class P:
    def hello(self): return 'P'
class Q(P):
    def hello(self):
        f = lambda: super(Q, self).hello()
        return 'Q' + f()
print(Q().hello())
""")

run("""\
class M:
    import os as __os
    def get(self):
        return self._M__os.sep
print(M().get(), hasattr(M, '_M__os'))
""")

run("""\
class N:
    __slots__ = ('__a',)
    def __init__(self): self.__a = 1
print(N.__slots__, N()._N__a)
""")

run("""\
def gen_closure():
    for i in range(3):
        def g():
            return i
        yield g
print([g() for g in gen_closure()], [g() for g in list(gen_closure())])
""")

run("""\
def f():
    funcs = [lambda: j for j in range(3)]
    return [fn() for fn in funcs]
print(f())
""")

run("""\
def f():
    y = 1
    return [lambda: y + k for k in range(2)]
print([g() for g in f()])
""")

run("""\
x = 0
def g():
    return [x for x in range(3)], x
print(g())
def h():
    x = 'h'
    r = [x for x in 'ab']
    return r, x
print(h())
""")

run("""\
def f():
    return [(a, b) for a in range(2) for b in range(a, 2)]
print(f())
def f2(n):
    return {i: [j for j in range(i) if j % n] for i in range(4)}
print(f2(2))
""")

run("""\
def f():
    result = [v := 10, v + 1]
    return result, v
print(f())
def g():
    [w := i for i in range(3)]
    return w
print(g())
""")

run("""\
lst = [3, 1, 2]
print(sorted(lst, key=lambda v: -v), min(lst, key=lambda v: (v % 2, v)))
print(list(map(lambda a, b: a * b, [1, 2], [3, 4])))
""")

run("""\
def f():
    x = 1
    def g():
        print(locals())
        return x
    return g()
print(f())
""")

run("""\
class C:
    def f(self, __x, *, __k=1):
        return __x, __k
    def g(self):
        return self.f(1, _C__k=2)
    __v = 5
    w = [__v for _ in range(1)]
    def h(self):
        __local = 3
        return __local, locals()
print(C().f(1), C().g(), C.f.__code__.co_varnames, C.f.__kwdefaults__, C.w, C().h())
""")

run("""\
class _Under:
    def m(self):
        self.__p = 1
        return self.__dict__
class ___:
    def m(self):
        self.__q = 2
        return self.__dict__
print(_Under().m(), ___().m(), _Under.__static_attributes__)
""")

run("""\
class D:
    def __init__(self):
        self.__secret = 1
    class Inner:
        def get(self, o):
            return o._D__secret
    def nested(self):
        def inner():
            return self.__secret
        return inner()
print(D.Inner().get(D()), D().nested(), D.__static_attributes__)
""")

run("""\
class E:
    from os import sep as __sep
    import os.path as __p
    print(sorted(k for k in locals() if 'sep' in k or k.endswith('__p')))
""")

run("""\
def f():
    x = 1
    class C:
        x = 2
        def m(self): return x
    return C().m(), C.x
print(f())
""")

run("""\
def f():
    x = 1
    class C:
        y = x
        x = 2
        def m(self): return x
    return C.y
x = 'global'
print(f())
""")

run("""\
def f():
    x = 1
    class C:
        nonlocal x
        x = 5
        def m(self): return x
    return x, C().m()
print(f())
""")

run("""\
def f():
    class C:
        global gv
        gv = 'set in class'
    return gv
print(f(), gv)
""")

run("""\
def outer():
    a = 'a'
    def mid():
        class K:
            b = a
            def m(self): return a + self.b
        return K
    return mid()().m()
print(outer())
""")

run("""\
class A:
    x = 1
    class B:
        try_x = None
        y = [x for _ in range(1)] if False else 2
    def m(self):
        class Local:
            z = self
        return Local.z is self
print(A.B.y, A().m())
""")

