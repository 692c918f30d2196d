# except* raising and nesting, try/with/match in class bodies and generators,
# sys.exc_info() inside finally, compiled by exec().
# lib: execprog
from execprog import run

run('''
def f():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        raise e
    except* TypeError as e:
        raise RuntimeError('new') from e
    except* KeyError:
        pass
try:
    f()
except BaseException as e:
    print(repr(e), [repr(x) for x in getattr(e, 'exceptions', [])])
    import traceback
    traceback.print_exception(e)
''')

run('''
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        try:
            raise ExceptionGroup('inner', [TypeError(2)])
        except* TypeError as t:
            print('inner caught', repr(t))
        print('after inner')
except Exception as e:
    print('outer', repr(e))
''')

run('''
class C:
    try:
        x = 1 / 0
    except ZeroDivisionError as e:
        err = str(e)
    with open('/dev/null') as fh:
        closed = fh.closed
    match [1, 2]:
        case [a, b]:
            s = a + b
print(C.err, C.closed, C.s, C.a, hasattr(C, 'e'))
''')

run('''
def g():
    for x in [[1], [2, 3], 'q']:
        match x:
            case [v]:
                yield v
            case [v, w]:
                yield v + w
            case _:
                yield None
print(list(g()))
''')

run('''
import sys
def f():
    try:
        1/0
    except ZeroDivisionError:
        return sys.exc_info()[0]
    finally:
        print('exc in finally', sys.exc_info()[0])
print(f(), sys.exc_info())

''')
