# lib: arrcheck
import array
from arrcheck import show
print(array.typecodes, array.ArrayType is array.array, array.array.__name__, array.array.__module__)
for code in array.typecodes:
    if code == 'u':
        continue
    a = array.array(code)
    print(code, a.itemsize, a.typecode, repr(a), len(a), memoryview(a).format, memoryview(a).itemsize)
show("bad code", lambda: array.array('x'))
show("two chars", lambda: array.array('bb'))
show("int code", lambda: array.array(1))
show("no args", lambda: array.array())
show("three args", lambda: array.array('i', [1], 2))
show("keyword", lambda: array.array(typecode='i'))
show("empty str", lambda: array.array(''))
show("bytes code", lambda: array.array(b'i'))
