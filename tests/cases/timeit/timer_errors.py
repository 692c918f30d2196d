# timeit: bad arguments, exceptions from the timed code, print_exc
import timeit
import io
import sys

def show(fn):
    try:
        r = fn()
    except Exception as e:
        print(type(e).__name__, '|', e)
    else:
        print(repr(r))

show(lambda: timeit.Timer(42))
show(lambda: timeit.Timer(setup=42))
show(lambda: timeit.Timer(42, 43))
show(lambda: timeit.Timer(None))
show(lambda: timeit.timeit(stmt=[], number=1))
show(lambda: timeit.Timer(lambda: 1).timeit('x'))
show(lambda: timeit.Timer(lambda: 1).repeat('x'))
show(lambda: timeit.Timer(lambda: 1, timer=lambda: 'a').timeit(1))

def boom():
    raise ZeroDivisionError('in stmt')
def boom_setup():
    raise KeyError('in setup')

def tail(text):
    # the timeit module's own frames are where CPython's file and ours differ
    keep = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if 'timeit.py' in line or '<frozen timeit>' in line:
            i += 1
            while i < len(lines) and lines[i].startswith('    '):
                i += 1
            keep.append('  [timeit frame]')
            continue
        keep.append(line)
        i += 1
    return '\n'.join(keep)

for t in [timeit.Timer(boom), timeit.Timer(setup=boom_setup), timeit.Timer(boom, boom_setup)]:
    try:
        t.timeit(5)
    except Exception:
        out = io.StringIO()
        t.print_exc(out)
        print(tail(out.getvalue()))
t = timeit.Timer(boom)
try:
    t.repeat(2, 2)
except ZeroDivisionError:
    old = sys.stderr
    sys.stderr = io.StringIO()
    t.print_exc()
    text, sys.stderr = sys.stderr.getvalue(), old
    print(tail(text))
print(t.src)
print(timeit.Timer(setup=boom_setup).src)
print(timeit.Timer().src)
print(timeit.Timer('pass', boom).src)
print(t.inner.__name__, t.inner.__code__.co_filename, t.inner.__code__.co_firstlineno)
