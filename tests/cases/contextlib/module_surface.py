# the public names of contextlib and their docstrings
import contextlib
print(contextlib.__all__)
print(contextlib.__doc__)
for name in contextlib.__all__:
    obj = getattr(contextlib, name)
    print(name, type(obj).__name__, obj.__module__, obj.__qualname__)
    print(obj.__doc__)
print(contextlib.AsyncContextDecorator.__doc__)
print(contextlib._GeneratorContextManager.__doc__)
print(contextlib._AsyncGeneratorContextManager.__doc__)
