# types: every name is the interpreter's own type, as type() of a sample shows.
import types
import sys

def f(): pass
async def co(): pass
async def ag(): yield 1
def gen(): yield 1
class C:
    __slots__ = ("a",)
    def m(self): pass
    @property
    def p(self): pass

def cell_of():
    x = 1
    def inner(): return x
    return inner.__closure__[0]

try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__

c = co()
samples = {
    "FunctionType": f, "LambdaType": lambda: 0, "CodeType": f.__code__,
    "MappingProxyType": C.__dict__, "SimpleNamespace": sys.implementation,
    "CellType": cell_of(), "GeneratorType": gen(), "CoroutineType": c,
    "AsyncGeneratorType": ag(), "MethodType": C().m, "BuiltinFunctionType": len,
    "BuiltinMethodType": [].append, "WrapperDescriptorType": object.__init__,
    "MethodWrapperType": object().__str__, "MethodDescriptorType": str.join,
    "ClassMethodDescriptorType": dict.__dict__["fromkeys"], "ModuleType": sys,
    "TracebackType": tb, "FrameType": sys._getframe(), "GetSetDescriptorType": f.__class__.__dict__["__code__"],
    "MemberDescriptorType": C.a, "GenericAlias": list[int], "UnionType": int | str,
    "EllipsisType": ..., "NoneType": None, "NotImplementedType": NotImplemented,
}
c.close()
for name in sorted(samples):
    t = getattr(types, name)
    print(name, t, type(samples[name]) is t, t.__module__, t.__qualname__)
print(types.CapsuleType, types.CapsuleType.__module__, types.CapsuleType.__mro__)
print(sorted(types.__all__))
print(len(types.__all__))
