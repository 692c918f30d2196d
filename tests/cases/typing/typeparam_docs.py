# the docstrings of the C types of typing, and NoDefaultType()
import typing
for t in (typing.TypeVar, typing.ParamSpec, typing.TypeVarTuple, typing.ParamSpecArgs, typing.ParamSpecKwargs, typing.TypeAliasType, type(typing.NoDefault), typing.Generic):
    print(t.__name__, t.__doc__, t.__text_signature__)
    print(t.__doc__ == t.__dict__.get('__doc__'))
T = typing.TypeVar('T')
print(T.__doc__ == typing.TypeVar.__doc__, typing.NoDefault.__doc__[:20])
N = type(typing.NoDefault)
print(N() is typing.NoDefault)
for f in (lambda: N(1), lambda: N(a=1)):
    try: f()
    except Exception as e: print(e)
