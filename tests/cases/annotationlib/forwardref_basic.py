# ForwardRef construction, attributes, repr, equality and hashing.
from annotationlib import ForwardRef
r = ForwardRef('X')
print(repr(r), repr(ForwardRef('X', module='m')), repr(ForwardRef('X', owner=int)))
print(repr(ForwardRef('X', is_class=True, module='mod', owner=str)))
print(r.__forward_arg__, r.__forward_module__, r.__forward_is_argument__, r.__forward_is_class__, r.__owner__)
print(r == ForwardRef('X'), r == ForwardRef('X', module='m'), r == 'X', r != ForwardRef('Y'))
print(hash(r) == hash(ForwardRef('X')), len({r, ForwardRef('X'), ForwardRef('Y')}))
print(ForwardRef('x') == ForwardRef('x', owner=1), ForwardRef('x', is_class=True) == ForwardRef('x'))
print(ForwardRef('x', is_argument=False) == ForwardRef('x'))
print(r.__cell__, r.__extra_names__, r.__globals__, r.__code__)
print(ForwardRef.__slots__)
print(ForwardRef.__module__, ForwardRef.__name__)
