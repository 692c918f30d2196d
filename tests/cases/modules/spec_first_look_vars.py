# vars() and dir() of builtins, before any import.
print(vars(__builtins__)["__spec__"].name)
print("__loader__" in dir(__builtins__))
