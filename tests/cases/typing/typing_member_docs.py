# docstrings of the typing C types' members, TypeAliasType.__reduce__
import typing, types, string.templatelib as tl
for t in (types.UnionType, types.GenericAlias, tl.Template, tl.Interpolation, typing.Generic):
    print(t.__name__, repr(t.__doc__)[:300])
for t in (typing.TypeVar, typing.ParamSpec, typing.TypeVarTuple, typing.TypeAliasType, typing.Generic):
    for k, v in sorted(vars(t).items()):
        if k in ('__doc__', '__module__', '__getattribute__', '__new__'): continue
        print(t.__name__, k, repr(getattr(v, '__doc__', None))[:120])
A = typing.TypeAliasType('A', int)
print(A.__reduce__())
import pickle
print(pickle.loads(pickle.dumps(typing.List)) is typing.List)
