# FORWARDREF with missing names inside expressions: embedded objects.
from annotationlib import get_annotations, Format
class Known: pass
def f(a: Missing[int], b: Missing[Known], c: Missing | None, d: Missing(1, k='s'),
      e: Missing[Known, [int, str]], g: Missing[{1: Known}], h: -Missing,
      i: Missing.x.y, j: Missing[1:Known]): pass
ann = get_annotations(f, format=Format.FORWARDREF)
for k, v in ann.items():
    print(k, repr(v).replace(repr(f), '<f>'))
    if hasattr(v, '__extra_names__'):
        print('  ', v.__forward_arg__, sorted(v.__extra_names__ or {}))
Missing = dict
print(ann['a'].evaluate(), ann['b'].evaluate())
print(get_annotations(f, format=Format.STRING))
