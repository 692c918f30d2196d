import inspect
import sys

def inner():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame)
    print(type(info).__name__, info.filename == __file__.removesuffix('c') or info.filename.endswith('frames.py'))
    print(info.lineno, info.function, info.code_context, info.index, info[1:3], len(info))
    print(info.positions.lineno, type(info.positions).__name__, type(info.positions).__module__)
    wide = inspect.getframeinfo(frame, context=3)
    print(wide.code_context, wide.index)
    print(inspect.getframeinfo(frame, context=0).code_context)
    print(inspect.getlineno(frame), frame.f_code.co_name, frame.f_back.f_code.co_name)
    return inspect.stack()

def outer():
    return inner()

records = outer()
for r in records[:3]:
    print(type(r).__name__, r.function, r.lineno, r.code_context, r.index, r[2:4], len(r),
          r.frame.f_code.co_name, r.positions.lineno)
print(inspect.stack(0)[0].code_context, inspect.stack(0)[0].index)
def failing():
    raise ValueError('x')
try:
    failing()
except ValueError:
    for r in inspect.trace():
        print('trace', r.function, r.lineno, r.code_context)
    tb = sys.exception().__traceback__
    for r in inspect.getinnerframes(tb, 2):
        print('inner', r.function, r.lineno, r.code_context, r.index)
    info = inspect.getframeinfo(tb)
    print(info.function, info.lineno, info.positions.lineno)
print(inspect.trace())
try:
    inspect.getframeinfo(1)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print(inspect.FrameInfo._fields, inspect.Traceback._fields)
