# Subjects of every accepted type: str subclasses, bytes, bytearray,
# memoryview, array; what Match.string and the results give back.
import array
import re


class S(str):
    pass


class B(bytes):
    pass


for s in [S('abc'), 'abc']:
    m = re.search('b', s)
    print(type(m.string).__name__, type(m.group()).__name__, re.sub('x', 'y', s) == s, type(re.sub('b', 'y', s)).__name__,
          [type(x).__name__ for x in re.split('b', s)], [type(x).__name__ for x in re.findall('.', s)])
for s in [B(b'abc'), bytearray(b'abc'), memoryview(b'abc'), array.array('b', b'abc'), b'abc']:
    m = re.search(b'b', s)
    print(type(m.string).__name__, type(m.group()).__name__, type(re.sub(b'b', b'y', s)).__name__,
          [type(x).__name__ for x in re.split(b'b', s)], re.findall(b'.', s))
for s in [array.array('i', [1]), memoryview(b'ab').cast('H')]:
    try:
        print(re.search(b'a', s))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
