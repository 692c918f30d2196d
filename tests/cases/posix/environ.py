# posix.environ is a plain dict of bytes; putenv/unsetenv change the process, not the dict.
import posix

print(type(posix.environ).__name__, all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
posix.putenv(b'CIPY_TEST_X', b'1')
print(b'CIPY_TEST_X' in posix.environ)
posix.putenv('CIPY_TEST_Y', 'two')
posix.unsetenv('CIPY_TEST_Y')
for bad in (('A=B', 'x'), ('', 'x'), ('A\0', 'x'), ('A', 'x\0')):
    try:
        posix.putenv(*bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
try:
    posix.unsetenv('A=B')
except OSError as e:
    print(type(e).__name__, e)
try:
    posix.unsetenv('')
except OSError as e:
    print(type(e).__name__, e)
try:
    posix.putenv(1, 'x')
except TypeError as e:
    print(e)
