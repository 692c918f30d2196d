# __type_params__ of a function can be set to a tuple
def f(): pass
f.__type_params__ = (1,)
print(f.__type_params__)
for v in ([1], None):
    try: f.__type_params__ = v
    except Exception as e: print(type(e).__name__, e)
try: del f.__type_params__
except Exception as e: print(type(e).__name__, e)
print(f.__type_params__)
def g[T](): pass
print(g.__type_params__)
g.__type_params__ = ()
print(g.__type_params__)
