# types.CodeType(...): the constructor's argument order and checks.
import types

def add(a, b):
    return a + b

co = add.__code__
args = [co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_nlocals,
        co.co_stacksize, co.co_flags, co.co_code, co.co_consts, co.co_names,
        co.co_varnames, co.co_filename, co.co_name, co.co_qualname, co.co_firstlineno,
        co.co_linetable, co.co_exceptiontable]
c2 = types.CodeType(*args)
print(c2 == co, c2.co_varnames, c2.co_freevars, c2.co_cellvars)
f2 = types.FunctionType(c2, {})
print(f2(2, 3))
print(types.CodeType.__doc__)
print(types.CodeType.__text_signature__)
for i, bad in [(0, 's'), (0, -1), (1, -2), (6, 's'), (7, []), (8, [1]), (9, [1]),
               (10, 1), (11, None), (12, b''), (13, 'x'), (14, 's'), (15, 1), (3, 5)]:
    a = list(args)
    a[i] = bad
    try:
        types.CodeType(*a)
        print(i, 'accepted')
    except Exception as ex:
        print(i, type(ex).__name__, ex)
try:
    types.CodeType(*args[:5])
except TypeError as ex:
    print(ex)
try:
    types.CodeType(*args, (), (), 1)
except TypeError as ex:
    print(ex)
try:
    types.CodeType(*args, x=1)
except TypeError as ex:
    print(ex)
print(types.CodeType(*args, ('q',), ()).co_freevars)
for extra in [(['q'],), ((), [1])]:
    try:
        types.CodeType(*args, *extra)
    except TypeError as ex:
        print(ex)
try:
    class Sub(types.CodeType):
        pass
except TypeError as ex:
    print(ex)
