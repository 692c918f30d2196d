# Docstrings and signatures a program can read.
import contextvars

for t in (contextvars.ContextVar, contextvars.Token, contextvars.Context):
    for name in sorted(vars(t)):
        attr = vars(t)[name]
        if name.startswith('__') and name not in ('__enter__', '__exit__', '__class_getitem__'):
            continue
        print(t.__name__, name, type(attr).__name__, repr(getattr(attr, '__doc__', None)),
              getattr(attr, '__text_signature__', None))
print(repr(contextvars.copy_context.__doc__), contextvars.copy_context.__text_signature__)
import _contextvars
print(_contextvars.__doc__, contextvars.__doc__)
print(contextvars.ContextVar.__text_signature__, contextvars.Context.__text_signature__)
