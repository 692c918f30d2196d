# os.environ: str keys and values, changes reach the process (putenv), errors.
import os

os.environ['CIPY_TEST_A'] = 'one'
print(os.environ['CIPY_TEST_A'], os.getenv('CIPY_TEST_A'), os.environb[b'CIPY_TEST_A'])
print('CIPY_TEST_A' in os.environ, b'CIPY_TEST_A' in os.environb, 'CIPY_NOPE' in os.environ)
print(os.getenv('CIPY_NOPE'), os.getenv('CIPY_NOPE', 'dflt'), os.getenvb(b'CIPY_NOPE', b'x'))
os.environb[b'CIPY_TEST_B'] = b'two'
print(os.environ['CIPY_TEST_B'])
del os.environ['CIPY_TEST_A']
print(os.getenv('CIPY_TEST_A'), 'CIPY_TEST_A' in os.environ)
for action in [lambda: os.environ['CIPY_NOPE'], lambda: os.environ.__delitem__('CIPY_NOPE'),
               lambda: os.environ.__setitem__('K', 1), lambda: os.environ.__setitem__(1, 'v'),
               lambda: os.environb.__setitem__('K', b'v'), lambda: os.environ.__setitem__('A=B', 'v'),
               lambda: os.environ.__setitem__('A\0', 'v'), lambda: os.environ.__setitem__('', 'v'),
               lambda: os.environb[b'CIPY_NOPE']]:
    try:
        action()
        print('ok')
    except (KeyError, TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
print(type(os.environ).__name__, type(os.environ.copy()).__name__)
os.putenv('CIPY_TEST_C', 'three')
print(os.getenv('CIPY_TEST_C'))
os.unsetenv('CIPY_TEST_B')
print(os.environ.get('CIPY_TEST_B'))
for f, a in [(os.putenv, ('A=B', 'v')), (os.putenv, ('', 'v')), (os.putenv, ('A\0', 'v')),
             (os.putenv, (1, 'v')), (os.unsetenv, ('A=B',)), (os.putenv, ('K', 2))]:
    try:
        f(*a)
    except (TypeError, ValueError, OSError) as e:
        print(f.__name__, type(e).__name__, e)
