# The two modules and what they export.
import contextvars
import _contextvars

print(contextvars.__all__)
print(sorted(n for n in dir(_contextvars) if not n.startswith('__')))
print(sorted(n for n in dir(contextvars) if not n.startswith('__')))
print(contextvars.Context is _contextvars.Context, contextvars.copy_context is _contextvars.copy_context)
print(contextvars.copy_context, contextvars.copy_context.__module__, contextvars.copy_context.__qualname__)
print(_contextvars, _contextvars.__name__, _contextvars.__spec__.origin)
print(contextvars.__name__, contextvars.__spec__.name)
before = set(globals())
from contextvars import *
print(sorted(set(globals()) - before - {'before'}))
import sys
print('_contextvars' in sys.builtin_module_names, 'contextvars' in sys.stdlib_module_names)
