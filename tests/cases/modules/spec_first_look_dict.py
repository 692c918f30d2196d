# The builtins dict reached from a function, before any import, holds the spec.
spec = (lambda: 0).__builtins__["__spec__"]
print(spec, spec.name, spec.origin)
