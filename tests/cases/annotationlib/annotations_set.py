# Assigned __annotations__ override __annotate__ in VALUE and FORWARDREF.
from annotationlib import get_annotations, Format
def f(x: Missing): pass
f.__annotations__ = {'x': 'str form'}
print(f.__annotate__)
print(get_annotations(f), get_annotations(f, format=Format.FORWARDREF))
print(get_annotations(f, format=Format.STRING))
def g(x: int): pass
g.__annotations__ = {'y': list[int], 'z': int}
print(get_annotations(g, format=Format.STRING))
class Obj:
    pass
o = Obj()
o.__annotations__ = {'q': float}
print(get_annotations(o), get_annotations(o, format=Format.STRING))
class WithAnnotate:
    def __annotate__(self, format):
        return {'w': 'from annotate'}
w = WithAnnotate()
print(get_annotations(w, format=Format.STRING))
def f(x: int): pass
print(f.__annotations__); f.__annotate__ = lambda fmt: {'y': 1}; print(f.__annotations__)
f.__annotate__ = None; print(f.__annotations__, f.__annotate__)
del f.__annotations__; print(f.__annotate__, f.__annotations__)
def g(x: int): pass
g.__annotations__ = None; print(g.__annotate__, g.__annotations__)
