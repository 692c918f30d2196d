# cwd: tmp
# os.fdopen wraps a descriptor in a file object of io.
import os

fd = os.open('f', os.O_CREAT | os.O_WRONLY | os.O_TRUNC)
with os.fdopen(fd, 'w') as f:
    print(type(f).__name__, f.write('text\n'))
with os.fdopen(os.open('f', os.O_RDONLY), 'rb') as f:
    print(type(f).__name__, f.read())
try:
    os.fdopen('x')
except TypeError as e:
    print(e)
