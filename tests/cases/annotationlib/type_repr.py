# type_repr and annotations_to_string.
import typing
from annotationlib import type_repr, annotations_to_string
class Local: pass
for v in (int, str, Local, len, type_repr, ..., None, 3, 'text', list[int], int | None,
          typing.List[int], [].append, dict.fromkeys, typing.Any, (1, 2)):
    print(type_repr(v))
print(annotations_to_string({'a': int, 'b': 'already', 'c': list[Local], 'd': ..., 'e': None}))
d = {'x': int}
print(annotations_to_string(d) is d)
