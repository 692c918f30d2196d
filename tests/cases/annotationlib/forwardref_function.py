# FORWARDREF format on a function: defined names keep their values.
from annotationlib import get_annotations, Format, ForwardRef
def f(x: undefined, y: int = 3, *a: str, **k: dict[str, Q]) -> list[Foo]: pass
ann = get_annotations(f, format=Format.FORWARDREF)
for k, v in ann.items():
    print(k, repr(v).replace(repr(f), '<f>'))
ref = ann['x']
print(type(ref).__name__, ref.__forward_arg__, ref.__owner__ is f, ref.__forward_is_class__)
undefined = bytes
print(ref.evaluate())
print(ann['return'].__args__[0].evaluate(format=Format.FORWARDREF))
Foo = float
print(ann['return'].__args__[0].evaluate())
