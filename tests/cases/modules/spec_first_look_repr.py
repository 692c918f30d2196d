# The repr of builtins, before any import, comes from its spec.
print(repr(__builtins__))
