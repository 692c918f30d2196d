# get_annotations on objects without annotations, bad formats, bad values.
from annotationlib import get_annotations, Format
for fmt in (Format.VALUE_WITH_FAKE_GLOBALS, 0, 5, 'x'):
    try:
        get_annotations(len, format=fmt)
    except ValueError as e:
        print("ValueError", e)
for obj in (1, 'text', None, [1]):
    try:
        get_annotations(obj)
    except TypeError as e:
        print("TypeError", e)
class Weird:
    __annotations__ = 5
class Holder:
    pass
h = Holder()
h.__annotations__ = [1]
try:
    get_annotations(h)
except ValueError as e:
    print("ValueError", e)
class Bad:
    def __call__(self): pass
    __annotate__ = staticmethod(lambda fmt: [1])
try:
    get_annotations(Bad())
except ValueError as e:
    print("ValueError", str(e).split(' object at')[0])
try:
    get_annotations(Bad, format=Format.VALUE)
except TypeError as e:
    print("TypeError", e)
