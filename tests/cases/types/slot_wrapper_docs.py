# Slot wrappers (int.__add__, object.__init__, ...) and the method-wrappers
# bound from them carry CPython's docstrings and text signatures.

SLOTS = [
    (object, "__delattr__ __eq__ __ge__ __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __ne__ __repr__ __setattr__ __str__"),
    (int, "__abs__ __add__ __and__ __bool__ __eq__ __float__ __floordiv__ __ge__ __gt__ __hash__ __index__ __int__ __invert__ __le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ __xor__"),
    (float, "__abs__ __add__ __bool__ __eq__ __float__ __floordiv__ __ge__ __gt__ __hash__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ __repr__ __rfloordiv__ __rmod__ __rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__"),
    (complex, "__abs__ __add__ __bool__ __eq__ __ge__ __gt__ __hash__ __le__ __lt__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ __repr__ __rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__"),
    (bool, "__and__ __invert__ __or__ __rand__ __repr__ __ror__ __rxor__ __xor__"),
    (str, "__add__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ __str__"),
    (bytes, "__add__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ __str__"),
    (bytearray, "__add__ __contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __iadd__ __imul__ __init__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ __setitem__ __str__"),
    (list, "__add__ __contains__ __delitem__ __eq__ __ge__ __gt__ __iadd__ __imul__ __init__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __repr__ __rmul__ __setitem__"),
    (tuple, "__add__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __repr__ __rmul__"),
    (dict, "__delitem__ __eq__ __ge__ __gt__ __init__ __ior__ __iter__ __le__ __len__ __lt__ __ne__ __or__ __repr__ __ror__ __setitem__"),
    (set, "__and__ __eq__ __ge__ __gt__ __iand__ __init__ __ior__ __isub__ __iter__ __ixor__ __le__ __len__ __lt__ __ne__ __or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__"),
    (frozenset, "__and__ __eq__ __ge__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__"),
    (range, "__bool__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __repr__"),
    (slice, "__eq__ __ge__ __gt__ __hash__ __le__ __lt__ __ne__ __repr__"),
    (type, "__call__ __delattr__ __getattribute__ __init__ __or__ __repr__ __ror__ __setattr__"),
    (property, "__delete__ __get__ __init__ __set__"),
    (staticmethod, "__call__ __get__ __repr__"),
    (classmethod, "__get__ __repr__"),
    (BaseException, "__init__ __repr__ __str__"),
]

WrapperDescriptor = type(object.__init__)
for t, names in SLOTS:
    for name in names.split():
        w = t.__dict__[name]
        print(t.__name__, name, type(w) is WrapperDescriptor, w.__text_signature__, repr(w.__doc__))

for bound in ((1).__add__, (1).__radd__, "a".__mul__, [].__iadd__, {1}.__ior__, (2.0).__pow__,
              (2).__rpow__, object().__init__, (1).__lt__, [].__len__, iter([]).__next__, property().__get__):
    print(bound.__name__, bound.__text_signature__, repr(bound.__doc__))

# A class's own __init__ is a function: its docstring is its own.
class C:
    def __init__(self):
        "Made by hand."

print(C.__init__.__doc__, list.__init__.__doc__ == object.__init__.__doc__)
