# types.ModuleType, MethodType and FunctionType used as constructors.
import types

m = types.ModuleType("made", "A doc.")
print(m, m.__name__, m.__doc__, sorted(vars(m)))
m2 = types.ModuleType("nodoc")
print(repr(m2.__doc__), m2.__spec__, m2.__loader__, m2.__package__)
class Sub(types.ModuleType):
    def hello(self): return "hi " + self.__name__
print(Sub("s").hello(), isinstance(Sub("s"), types.ModuleType))
try:
    types.ModuleType()
except TypeError as e:
    print("TypeError:", e)
try:
    types.ModuleType(5)
except TypeError as e:
    print("TypeError:", e)

class Obj:
    name = "obj"
def greet(self, extra=""):
    return "hello " + self.name + extra
bound = types.MethodType(greet, Obj())
print(bound(), bound("!"), bound.__func__ is greet, bound.__self__.name)
try:
    types.MethodType(greet, None)
except TypeError as e:
    print("TypeError:", e)
try:
    types.MethodType(5, Obj())
except TypeError as e:
    print("TypeError:", e)

def template(a, b=2):
    return a + b
f = types.FunctionType(template.__code__, {"__builtins__": __builtins__}, "renamed", (10,))
print(f.__name__, f(1), f(1, 5), f.__defaults__, f.__qualname__)
try:
    f()
except TypeError as e:
    print("TypeError:", e)
print(types.LambdaType is types.FunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
