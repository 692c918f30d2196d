# types: the descriptor types of built-in classes, recognised by isinstance.
import types

class Slotted:
    __slots__ = ("x",)
checks = [
    (types.FunctionType.__dict__["__code__"], types.GetSetDescriptorType),
    (Slotted.__dict__["x"], types.MemberDescriptorType),
    (object.__dict__["__init__"], types.WrapperDescriptorType),
    (str.__dict__["upper"], types.MethodDescriptorType),
    (dict.__dict__["fromkeys"], types.ClassMethodDescriptorType),
    ((1).__add__, types.MethodWrapperType),
    ("".upper, types.BuiltinMethodType),
    (len, types.BuiltinFunctionType),
]
for obj, t in checks:
    print(t.__name__, isinstance(obj, t), type(obj) is t)
s = Slotted()
d = Slotted.__dict__["x"]
d.__set__(s, 5)
print(d.__get__(s, Slotted), d.__name__, d.__objclass__ is Slotted)
print(str.__dict__["upper"](("abc")), types.MethodDescriptorType.__name__)
for t in (types.FunctionType, types.CodeType, types.MethodType, types.ModuleType, types.CellType,
          types.MappingProxyType, types.SimpleNamespace, types.GenericAlias, types.UnionType):
    try:
        class Sub(t):
            pass
        print(t.__name__, "subclassable")
    except TypeError as e:
        print(t.__name__, "TypeError:", e)
for t in (types.GeneratorType, types.CoroutineType, types.FrameType, types.TracebackType, types.CapsuleType,
          types.GetSetDescriptorType, types.BuiltinFunctionType):
    try:
        t()
    except TypeError as e:
        print(t.__name__, "TypeError:", e)
