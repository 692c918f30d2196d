# STRING and FORWARDREF with annotations whose values are known objects.
from annotationlib import get_annotations, Format
import typing
class Known:
    pass
obj = Known()
def f(a: obj, b: typing.Optional[int], c: 3, d: ..., e: Known, g: list[Known] | None): pass
print(list(get_annotations(f, format=Format.STRING).values())[:1] == ['obj'])
for k, v in get_annotations(f, format=Format.STRING).items():
    print(k, v)
for k, v in get_annotations(f, format=Format.FORWARDREF).items():
    print(k, v if k != 'a' else type(v).__name__)
