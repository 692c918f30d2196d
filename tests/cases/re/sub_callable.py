# sub and subn with a function: what it may return (str, bytes, None refused,
# other types), exceptions it raises, the match it receives, counts.
import re


def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: re.sub(r'\d', lambda m: str(int(m.group()) + 1), 'a1b2c9'))
show(lambda: re.subn(r'\w', lambda m: m.group().upper() * 2, 'ab c', count=2))
show(lambda: re.sub(r'x', lambda m: '', 'axbxc'))
show(lambda: re.sub(r'x', lambda m: None, 'axbxc'))
show(lambda: re.sub(r'x', lambda m: 5, 'axbxc'))
show(lambda: re.sub(r'x', lambda m: b'y', 'axb'))
show(lambda: re.sub(rb'x', lambda m: 'y', b'axb'))
show(lambda: re.sub(rb'x', lambda m: bytearray(b'yy'), b'axb'))
show(lambda: re.sub(r'x', lambda m: 1 / 0, 'axb'))
show(lambda: re.sub(r'(a)|(b)', lambda m: repr((m.lastindex, m.groups(), m.span())), 'ab'))
show(lambda: re.sub(r'', lambda m: '-', 'abc'))
show(lambda: re.sub(r'x*', lambda m: '<%s>' % m.group(), 'axxb'))
show(lambda: re.sub('a', lambda m: 'b', 'zzz'))
show(lambda: re.subn('a', lambda m: 'b', ''))
show(lambda: re.sub('a', str.upper, 'aaa'))


class S(str):
    pass


show(lambda: type(re.sub('a', lambda m: S('b'), 'a')).__name__)
show(lambda: re.sub('a', lambda m: S('b'), 'xax'))
seen = []
show(lambda: re.sub(r'\w', lambda m: seen.append(m.string) or '', 'ab'))
print(seen)
s = 'zzz' * 3
b = b'zz' * 3
print(re.sub('a', lambda m: 'b', s) is s, re.sub('a', 'b', s) is s, re.subn('a', 'b', s)[0] is s, re.split('a', s)[0] is s)
print(type(re.sub('a', 'b', S('zz'))).__name__, re.sub(b'a', lambda m: b'', b) is b, re.sub(b'a', b'', b) is b)
print(re.sub('', lambda m: '', s) is s, re.sub('a', 'b', s, count=-1) is s)
print(re.split('a', s, maxsplit=-1)[0] is s, re.split('z', s, maxsplit=-1)[0] is s, type(re.sub(b'a', lambda m: b'', bytearray(b'zz'))).__name__)
