# Slot wrappers and method-wrappers carry CPython's signatures and docs.
for d in (int.__add__, (1).__add__, object.__init__, object().__init__, type.__call__, int.__neg__,
          object.__setattr__, object.__repr__, list.__len__, object.__eq__, int.__radd__, int.__pow__,
          int.__rpow__, int.__bool__, list.__iadd__, list.__imul__, set.__ior__, set.__isub__,
          object.__hash__, object.__getattribute__, object.__delattr__, int.__index__, float.__float__,
          list.__contains__, list.__iter__, dict.__setitem__, dict.__delitem__, int.__invert__,
          int.__abs__, int.__lt__, int.__ge__, int.__int__, property.__get__, property.__set__,
          property.__delete__, int.__and__, int.__rshift__, int.__truediv__, int.__rxor__):
    print(d.__name__, repr(d.__text_signature__), repr(d.__doc__))
m = (5).__add__
print(m.__qualname__, m.__objclass__, type(m).__name__)
print(object.__init__.__qualname__, object().__str__.__qualname__)
