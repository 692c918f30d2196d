# sys.settrace line events in exec()'d try, with, match and except*
# statements: the line table of each construct.
import sys
progs = ['''
def f(x):
    try:
        if x:
            raise ValueError(x)
        y = 1
    except ValueError as e:
        y = 2
    except TypeError:
        y = 3
    else:
        y = 4
    finally:
        z = 5
    return y
''', '''
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return True
def f(x):
    with CM() as c, CM():
        if x:
            1/0
        y = 2
    return 3
''', '''
def f(x):
    match x:
        case [a, b]:
            r = 1
        case {"k": v} if v:
            r = 2
        case int() | float():
            r = 3
        case _:
            r = 4
    return r
''', '''
def f(x):
    for i in range(2):
        try:
            if x:
                continue
            return i
        finally:
            z = i
    return -1
''', '''
def f(x):
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        a = 1
    except* TypeError:
        b = 2
    return x
''', '''
def f(x):
    while True:
        try:
            if x:
                break
            x = 1
        except KeyError:
            pass
        finally:
            y = 0
    return y
''', '''
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def f(x):
    with CM():
        if x:
            return 1
    with CM():
        pass
    return 2
''', '''
def f(x):
    match x:
        case int(n) if n > 5:
            return 'big'
        case int(n) if (
                n < 0):
            return 'neg'
        case [1, *rest] | (2, *rest):
            return rest
    return None
''', '''
def f(x):
    try:
        try:
            raise KeyError(x)
        except KeyError:
            raise
    except Exception as e:
        return e
''', '''
def f(x):
    try:
        return x
    except:
        pass
    finally:
        print('fin')
''']
for p in progs:
    g = {}
    exec(compile(p, 'prog', 'exec'), g)
    f = g['f']
    for arg in (0, 1, [1, 2], {'k': 1}, 2.0, 9, -3, (2, 5)):
        events = []
        def tracer(frame, event, arg, events=events):
            if frame.f_code.co_filename == 'prog':
                events.append((event, frame.f_lineno))
            return tracer
        sys.settrace(tracer)
        try:
            f(arg)
        except Exception as e:
            events.append(('exc', type(e).__name__))
        sys.settrace(None)
        print(events)
