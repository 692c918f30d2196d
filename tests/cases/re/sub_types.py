# sub, split and findall on subclasses of str and bytes, and the TypeErrors of
# replacements of the wrong kind.
import re
class S(str):
    pass
class B(bytes):
    pass
s = S('abcabc')
m = re.search('b', s)
print(type(m.group()).__name__, type(m.string).__name__, m.string is s, type(re.sub('z', 'y', s)).__name__,
      type(re.sub('b', 'y', s)).__name__, [type(x).__name__ for x in re.split('b', s)],
      [type(x).__name__ for x in re.findall('b', s)], re.sub('z', 'y', s) is s)
b = B(b'abc')
print(type(re.search(b'b', b).group()).__name__, type(re.sub(b'z', b'y', b)).__name__, re.sub(b'z', b'y', b) is b)
print(re.sub('a', 'b', 'aaa', count=1), re.sub('a', 'b', 'aaa', count=-1), re.split('a', 'bab', maxsplit=-2))
print(re.compile('x').sub('y', 'axa', 0), re.compile('(x)').subn(lambda m: None, 'axa'))
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', b'x', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)
print(re.sub('(a)', r'\g<1>0', 'a'))
for args in [('a', b'x', 'zzz'), ('a', b'x', 'bab'), (b'a', 'x', b'bab'), ('a', lambda m: 1, 'bab'),
             ('a', lambda m: b'', 'bab'), (b'a', 'x', b'zz'), ('a', lambda m: None, 'bab')]:
    try:
        print(repr(re.sub(*args)))
    except Exception as e:
        print(type(e).__name__, e)
