# f-strings over missing names cannot be stringified.
from annotationlib import get_annotations, Format
def f(a: f'{X}'): pass
try:
    print(get_annotations(f, format=Format.STRING))
except TypeError as e:
    print("TypeError", e)
try:
    print(get_annotations(f, format=Format.FORWARDREF))
except TypeError as e:
    print("TypeError", e)
