# ForwardRef.evaluate in each format, with globals, locals, owners and type params.
import sys
from annotationlib import ForwardRef, Format
print(ForwardRef('int').evaluate(), ForwardRef('int').evaluate(format=Format.STRING))
print(ForwardRef('undefined').evaluate(format=Format.FORWARDREF))
try:
    ForwardRef('undefined').evaluate()
except NameError as e:
    print(type(e).__name__, e, e.name)
print(ForwardRef('x').evaluate(globals={'x': 5}))
print(ForwardRef('x').evaluate(locals={'x': 6}, globals={'x': 5}))
print(ForwardRef('x + 1').evaluate(globals={'x': 5}))
print(ForwardRef('list[x]').evaluate(format=Format.FORWARDREF))
print(ForwardRef('list[x]').evaluate(format=Format.STRING))
print(ForwardRef('dict[str, Missing | int]').evaluate(format=Format.FORWARDREF))
class C:
    inner = 42
print(ForwardRef('inner').evaluate(owner=C))
print(ForwardRef('C').evaluate(owner=C, locals={'C': 1}))
print(ForwardRef('sys').evaluate(owner=sys.modules[__name__]).__name__)
def f(): pass
print(ForwardRef('f').evaluate(owner=f) is f)
print(ForwardRef('Y', module=__name__).evaluate(format=Format.FORWARDREF))
Y = 'found'
print(ForwardRef('Y', module=__name__).evaluate())
class G[T]:
    pass
print(ForwardRef('T').evaluate(owner=G))
print(ForwardRef('list[T]').evaluate(type_params=G.__type_params__))
loc = {'a': 1}
ForwardRef('a').evaluate(locals=loc, type_params=G.__type_params__)
print(loc)
print(ForwardRef('1/0').evaluate(format=Format.FORWARDREF))
try:
    ForwardRef('1/0').evaluate()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
