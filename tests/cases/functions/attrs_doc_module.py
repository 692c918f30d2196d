# __doc__ (first string constant of the body only), __module__ and __globals__.
def documented():
    """First line.

    More text."""
    return 1

def undocumented():
    x = "not a docstring"
    return x

def late():
    pass
    "too late to be a docstring"

print(repr(documented.__doc__))
print(undocumented.__doc__, late.__doc__, (lambda: "x").__doc__)
documented.__doc__ = "changed"
print(documented.__doc__)
del documented.__doc__
print(documented.__doc__)
print(documented.__module__, documented.__globals__ is globals())
print(documented.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else "dict")
print(type(documented).__name__, type(len).__name__)
