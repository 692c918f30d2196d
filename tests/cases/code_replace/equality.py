# Code object equality and hash: which fields count.
def f(a, b=2, *c, d, **e):
    x = a
    def g():
        return x
    return g

co = f.__code__
for k, v in [('co_filename', 'zz'), ('co_name', 'zz'), ('co_qualname', 'zz'),
             ('co_firstlineno', 99), ('co_stacksize', 99), ('co_flags', co.co_flags | 0x10000),
             ('co_consts', co.co_consts + (1,)), ('co_linetable', b''),
             ('co_exceptiontable', b''), ('co_names', ('q',)),
             ('co_varnames', ('a', 'b', 'd', 'c', 'e', 'h'))]:
    r = co.replace(**{k: v})
    print(k, r == co, r != co, hash(r) == hash(co))

print(co == 1, co != 1, co.__eq__(1), co.__ne__(None))
try:
    co < co
except TypeError as ex:
    print(ex)

base = co.replace(co_consts=(1,))
for other in [(1.0,), (True,), (1,), ((1,),), (frozenset({1}),)]:
    print(other, base == co.replace(co_consts=other))
print(co.replace(co_consts=(0.0,)) == co.replace(co_consts=(-0.0,)))
print(co.replace(co_consts=(0.0,)) == co.replace(co_consts=(0.0,)))
print(co.replace(co_consts=(1j,)) == co.replace(co_consts=(complex(-0.0, 1),)))
print(co.replace(co_consts=((1, 2.0),)) == co.replace(co_consts=((1, 2),)))
print(co.replace(co_consts=(frozenset({1, 2}),)) == co.replace(co_consts=(frozenset({2, 1}),)))
print(co.replace(co_consts=(frozenset({1}),)) == co.replace(co_consts=(frozenset({1.0}),)))
print(len({co, co.replace(), co.replace(co_filename='x')}))

# Two lambdas with the same body compare equal when on one line.
a, b = (lambda: 0), (lambda: 0)
print(a.__code__ == b.__code__, a.__code__ is b.__code__)
try:
    hash(co.replace(co_consts=([],)))
except TypeError as ex:
    print(ex)
