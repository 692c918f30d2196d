# inspect.get_annotations is annotationlib's; signature() takes annotation_format.
import inspect
import annotationlib
from inspect import Format
print(inspect.get_annotations is annotationlib.get_annotations, inspect.Format is annotationlib.Format)
print(inspect.ForwardRef is annotationlib.ForwardRef)
def f(a: int, b: Missing, *args: list[Undefined], c: 'quoted' = 3, **kw: str) -> Result: pass
for fmt in (Format.STRING, Format.FORWARDREF):
    sig = inspect.signature(f, annotation_format=fmt)
    print(fmt.name, sig)
    for p in sig.parameters.values():
        print('  ', p.name, repr(p.annotation).replace(repr(f), '<f>'))
    print('  ->', repr(sig.return_annotation).replace(repr(f), '<f>'))
try:
    inspect.signature(f)
except NameError as e:
    print("NameError", e)
print(inspect.get_annotations(f, format=Format.STRING))
print(inspect.Signature.from_callable(f, annotation_format=Format.STRING).format(max_width=30))
class C:
    def m(self, x: Later) -> None: pass
print(inspect.signature(C.m, annotation_format=Format.STRING))
print(inspect.signature(C().m, annotation_format=Format.FORWARDREF))
print(inspect.formatannotation(annotationlib.ForwardRef('Some[Thing]')))
print(inspect.signature(lambda x: x, annotation_format=Format.STRING))
try:
    inspect.signature(f, annotation_format=Format.VALUE_WITH_FAKE_GLOBALS)
except ValueError as e:
    print("ValueError", e)
try:
    inspect.signature(f, annotation_format=Format.STRING, eval_str=True)
except ValueError as e:
    print("ValueError", e)
