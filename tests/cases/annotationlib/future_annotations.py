# With "from __future__ import annotations" annotations are strings already.
from __future__ import annotations
from annotationlib import get_annotations, Format
def f(x: int, y: list[Missing]) -> None: pass
print(f.__annotate__)
print(get_annotations(f))
print(get_annotations(f, format=Format.STRING))
print(get_annotations(f, format=Format.FORWARDREF))
class C:
    a: C
    b: int
print(get_annotations(C, eval_str=True))
print(get_annotations(C, format=Format.STRING))
