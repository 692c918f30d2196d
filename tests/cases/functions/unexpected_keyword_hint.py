# An unexpected keyword argument names the closest parameter that may be
# given by keyword, as CPython 3.14 does.
def f(abc, *, defg=1): pass
for kw in ['abd','defh','zzz','ABC', 'self']:
  try: f(1, **{kw:1})
  except TypeError as e: print(e)
def g(a, /, b): pass
try: g(1, 2, a=3)
except TypeError as e: print(e)
try: g(1, b=2, aa=3)
except TypeError as e: print(e)
class C:
    def m(self, value): pass
try: C().m(valeu=1)
except TypeError as e: print(e)
try: C().m(self=1)
except TypeError as e: print(e)
