# call_annotate_function with compiler-made and hand-written annotate functions.
from annotationlib import call_annotate_function, Format
def f(x: int, y: Undefined) -> list[Undefined]: pass
print(call_annotate_function(f.__annotate__, Format.STRING))
print(call_annotate_function(f.__annotate__, Format.FORWARDREF, owner=f) == {})
try:
    call_annotate_function(f.__annotate__, Format.VALUE)
except NameError as e:
    print("NameError", e)
try:
    call_annotate_function(f.__annotate__, Format.VALUE_WITH_FAKE_GLOBALS)
except ValueError as e:
    print("ValueError", e)
def custom(format):
    if format == Format.VALUE:
        return {'a': int}
    if format == Format.STRING:
        return {'a': 'custom int'}
    raise NotImplementedError
print(call_annotate_function(custom, Format.VALUE), call_annotate_function(custom, Format.STRING))
print(call_annotate_function(custom, Format.FORWARDREF))
def only_value(format):
    if format != 1:
        raise NotImplementedError
    return {'b': str}
print(call_annotate_function(only_value, Format.STRING), call_annotate_function(only_value, Format.FORWARDREF))
def refuses(format):
    raise NotImplementedError
try:
    call_annotate_function(refuses, Format.VALUE)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    call_annotate_function(refuses, 9)
except ValueError as e:
    print("ValueError", e)
