import inspect
print(inspect.signature(object))
class A: pass
print(A.__text_signature__, A.__doc__)
try:
    print(inspect.signature(A))
except Exception as e: print(type(e).__name__, e)
print(object.__doc__)
print(type.__doc__)
print(object().__doc__ == object.__doc__)
