# types.GenericAlias and types.UnionType, made directly and by subscription.
import types

ga = types.GenericAlias(list, (int,))
print(ga, ga == list[int], ga.__origin__, ga.__args__, ga.__parameters__)
print(types.GenericAlias(dict, (str, int)), types.GenericAlias(tuple, int))
print(isinstance(list[int], types.GenericAlias), type(list[int]) is types.GenericAlias)
u = int | str
print(u, type(u) is types.UnionType, u.__args__, isinstance(3, u), isinstance(3.0, u))
print(int | None, type(int | None).__name__, types.UnionType.__name__, types.UnionType.__module__)
print((int | str) == (str | int), hash(int | str) == hash(str | int))
try:
    isinstance(1, list[int])
except TypeError as e:
    print("TypeError:", e)
print(types.NoneType(), types.EllipsisType(), types.NotImplementedType())
for t in (types.NoneType, types.EllipsisType, types.NotImplementedType):
    print(t.__name__, t.__doc__)
    try:
        t(1)
    except TypeError as e:
        print("TypeError:", e)
