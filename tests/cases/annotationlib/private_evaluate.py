# ForwardRef._evaluate: deprecated, evaluates through typing.evaluate_forward_ref.
import warnings
from annotationlib import ForwardRef
warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(ForwardRef('int')._evaluate(None, None, recursive_guard=frozenset()))
    print(ForwardRef('list[int]')._evaluate({}, None, (), recursive_guard=frozenset()))
for x in w:
    print(x.category.__name__, x.message)
try:
    ForwardRef('x')._evaluate({}, None, (), recursive_guard=frozenset())
except NameError as e:
    print("NameError", e)
warnings.simplefilter('error')
try:
    ForwardRef('int')._evaluate(None, None, (), recursive_guard=frozenset())
except DeprecationWarning as e:
    print("raised", e)
