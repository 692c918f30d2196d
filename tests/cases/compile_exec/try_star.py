# try/except* (exception groups) compiled by exec().
# lib: execprog
from execprog import run

run('''
try:
    raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
except* ValueError as e:
    print('V', repr(e))
except* TypeError:
    print('T')
''')

run('''
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(3)])
    except* ValueError as e:
        print('V', repr(e))
except Exception as e:
    print(repr(e))
''')

run('''
try:
    raise ValueError('naked')
except* ValueError as e:
    print(repr(e))
''')

run('''
try:
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        raise KeyError('from handler')
except ExceptionGroup as e:
    print(repr(e), [repr(x) for x in e.exceptions])
''')

run('''
try:
    raise ExceptionGroup('eg', [OSError(1), ValueError(2)])
except* (OSError, ValueError) as e:
    print('both', repr(e))
else:
    print('no')
finally:
    print('finally')
try:
    pass
except* ValueError:
    pass
else:
    print('else ran')
''')

run('''
def f():
    try:
        raise ExceptionGroup('eg', [TypeError(1), ValueError(2)])
    except* TypeError:
        print('t')
    except* ValueError:
        print('v')
        raise
f()
''')

run('''
for x in y:
    try:
        pass
    except* E:
        break
''')

run('''
def f():
    try:
        pass
    except* E:
        return 1
''')

run('''
try:
    pass
except* E:
    for i in range(3):
        if i:
            break
        continue
print('loop inside except* is fine')
''')

run('''
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* ExceptionGroup:
    pass
''')

run('''
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* 5:
    pass
''')

run('''
try:
    raise ExceptionGroup('eg', [ValueError(1)])
except* ValueError as e:
    pass
print('e' in globals())
''')
