# types.TracebackType as a constructor: arguments, errors and the entry it makes.
import types, sys
print(repr(types.TracebackType.__doc__), types.TracebackType.__text_signature__)
f = sys._getframe()
for a in [(), (None, f, 0, 1), (5, f, 0, 1), (None, 5, 0, 1), (None, f, 'x', 1), (None, f, 0, 'y'), (None, f, 4, 1), (None, f, -1, 1), (None, f, 2**40, 1), (None, f, 1.5, 1)]:
  try: t = types.TracebackType(*a); print(t.tb_next, t.tb_frame is f, t.tb_lasti, t.tb_lineno)
  except Exception as e: print(type(e).__name__, e)
t = types.TracebackType(None, f, 0, 1)
t2 = types.TracebackType(t, f, 2, 7); print(t2.tb_next is t, t2.tb_lineno, t2.tb_lasti)
t3 = types.TracebackType(tb_next=None, tb_frame=f, tb_lasti=0, tb_lineno=1); print('kw ok', t3.tb_lineno)
try:
    t.tb_next = t2
except ValueError as e: print(e)
def g():
    return sys._getframe()
fr = g()
e = ValueError("made").with_traceback(types.TracebackType(None, fr, 10**6, 99))
print(e.__traceback__.tb_lineno, e.__traceback__.tb_frame.f_code.co_name)
try: types.TracebackType(None, f, 0)
except TypeError as e: print(e)
