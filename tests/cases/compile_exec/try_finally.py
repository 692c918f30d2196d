# try/finally compiled by exec(): return/break/continue through finally
# blocks, exceptions replaced in finally, PEP 765's warnings.
# lib: execprog
import warnings
from execprog import run

warnings.simplefilter('always')
warnings.showwarning = lambda m, c, f, l, *a: print('warning:', c.__name__, m, f, l)

run('''
def g():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print('i', i)
        finally:
            print('f', i)
    return i
print(g())
''')

run('''
def f():
    try:
        return 1
    finally:
        return 2
print(f())
''')

run('''
def f():
    for i in range(3):
        try:
            return i
        finally:
            print('finally', i)
            continue
    return 'end'
print(f())
''')

run('''
try:
    try:
        1/0
    finally:
        print('f')
except ZeroDivisionError:
    print('z')
''')

run('''
def f():
    try:
        raise KeyError('a')
    finally:
        raise ValueError('b')
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__context__))
''')

run('''
def f(log):
    try:
        try:
            log.append('body')
            return 'value'
        finally:
            log.append('inner')
    finally:
        log.append('outer')
log = []
print(f(log), log)
''')

run('''
def f():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                break
        finally:
            print('x', x)
    else:
        print('never')
    return x
print(f())
''')

run('''
def f():
    try:
        pass
    finally:
        1/0
f()
''', show_context=True)

run('''
def f():
    try:
        [][0]
    finally:
        print('cleanup')
f()
''')

run('''
def f():
    try:
        return 'try'
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('finally sees return')
print(f())
''')

run('''
def f():
    for x in range(2):
        try:
            pass
        finally:
            for y in range(2):
                break
            def inner():
                return 1
            while False:
                continue
    return 'no warnings'
print(f())
''')

run('''
def f():
    with open(__file__) if False else nullcontext():
        try:
            return 1
        finally:
            print('inner finally')
from contextlib import nullcontext
print(f())
''')

run('''
def f(n):
    try:
        if n:
            return n
    finally:
        if n > 1:
            return 'overridden'
print(f(1), f(2))
''')

run('''
def gen():
    try:
        yield 1
    finally:
        print('gen cleanup')
for v in gen():
    print(v)
    break
print('after')
''')

# each statement warned about once, also in nested finally blocks
run('''
def f(y):
    try:
        pass
    finally:
        try:
            pass
        finally:
            return 1
        for x in y:
            try:
                pass
            finally:
                break
        while 1:
            break
        def g():
            return 2
    try:
        pass
    except:
        return 3
    finally:
        x = lambda: 4
print(f([1]))
''')
