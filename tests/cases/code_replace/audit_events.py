# Audit events of code objects made at run time and of __code__ assignment.
import sys
import types

def hook(event, args):
    if event in ('code.__new__', 'object.__setattr__'):
        print(event, [a if not isinstance(a, (types.FunctionType, types.CodeType)) else type(a).__name__
                      for a in args])
sys.addaudithook(hook)

def f(a):
    return a

c = f.__code__.replace(co_name='g')
c2 = types.CodeType(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals,
                    c.co_stacksize, c.co_flags, c.co_code, c.co_consts, c.co_names, c.co_varnames,
                    'file.py', 'h', 'h', 1, c.co_linetable, c.co_exceptiontable)
f.__code__ = c2
print(f(5), f.__code__.co_name)

def refuse(event, args):
    if event == 'code.__new__':
        raise RuntimeError('no new code')
sys.addaudithook(refuse)
try:
    f.__code__.replace(co_name='x')
except RuntimeError as e:
    print(e)
