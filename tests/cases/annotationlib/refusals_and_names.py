# Paths around annotate functions that refuse formats, and the names and
# slots a ForwardRef shows.
import annotationlib
from annotationlib import Format, ForwardRef, call_annotate_function

def only_value(format):
    if format == Format.VALUE:
        return {'a': int, 'b': list[str]}
    raise NotImplementedError

def refuses_all(format):
    raise NotImplementedError

def broken(format):
    raise ZeroDivisionError('boom')

for fmt in (Format.VALUE, Format.FORWARDREF, Format.STRING, 7):
    for fn in (only_value, refuses_all, broken):
        try:
            print(fn.__name__, fmt, call_annotate_function(fn, fmt))
        except Exception as e:
            print(fn.__name__, fmt, type(e).__name__, e,
                  type(e.__context__).__name__ if e.__context__ else None)

# evaluate functions give one value
def ev(format):
    if format == Format.VALUE_WITH_FAKE_GLOBALS:
        raise NotImplementedError
    return Undefined
for fmt in (Format.FORWARDREF, Format.STRING):
    try:
        print(annotationlib.call_evaluate_function(ev, fmt))
    except Exception as e:
        print(type(e).__name__, e)

ref = ForwardRef('List[int]', module='typing', is_class=True)
print(ref.__forward_arg__, ref.__forward_module__, ref.__forward_is_class__,
      ref.__forward_is_argument__, ref.__owner__, ref.__cell__, ref.__extra_names__)
for attr in ('__stringifier_dict__', '__weakref__', '__code__', '__globals__'):
    try:
        print(attr, getattr(ref, attr))
    except AttributeError as e:
        print(attr, 'AttributeError', e)
print(ForwardRef.__or__.__name__, ForwardRef.__ror__.__qualname__)
print(ref | int, int | ref, repr(ref))
print(ForwardRef('x', owner=len), ForwardRef('x', module='m', owner=int))

class Missing(dict):
    def __missing__(self, key):
        return 'from missing'
print(annotationlib.get_annotate_from_class_namespace(Missing()))
print(annotationlib.get_annotate_from_class_namespace({'__annotate_func__': 5}))
print(annotationlib.get_annotate_from_class_namespace({'__annotate__': None, '__annotate_func__': 5}))
try:
    annotationlib.get_annotate_from_class_namespace([])
except Exception as e:
    print(type(e).__name__, e)

print(annotationlib.type_repr([].append), annotationlib.type_repr(dict.fromkeys),
      annotationlib.type_repr(len), annotationlib.type_repr(...),
      annotationlib.type_repr(annotationlib.type_repr), annotationlib.type_repr(Missing))
print(annotationlib.annotations_to_string({'a': 'x', 'b': ..., 'c': Missing, 'd': 3}))
