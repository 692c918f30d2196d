# Module annotations in each format (PEP 649: evaluated on first use).
import sys, types
from annotationlib import get_annotations, Format
src = '''
x: int
y: Undefined
z: list[Undefined2] = []
'''
mod = types.ModuleType('m')
exec(src, mod.__dict__)
print(sorted(k for k in vars(mod) if 'annot' in k))
print(get_annotations(mod, format=Format.STRING))
print(get_annotations(mod, format=Format.FORWARDREF))
try:
    get_annotations(mod)
except NameError as e:
    print("NameError", e)
mod.Undefined = str
mod.Undefined2 = float
print(get_annotations(mod))
print(mod.__annotations__)
me = sys.modules[__name__]
here: int = 3
print(get_annotations(me), get_annotations(me, format=Format.STRING))
