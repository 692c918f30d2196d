# What the module holds, its docs and signatures.
import time

print([n for n in dir(time) if not n.startswith("__")])
print(time.__doc__)
for name in sorted(dir(time)):
    f = getattr(time, name)
    if callable(f) and name != "struct_time":
        doc = f.__doc__ or ""
        print(name, f.__text_signature__, repr(doc.partition("\n")[0]), f.__qualname__, f.__module__)
print(repr(time), time.__name__, time.__spec__.origin)
print(time.struct_time.__doc__.partition("\n")[0], time.struct_time.__module__, time.struct_time.n_fields)
