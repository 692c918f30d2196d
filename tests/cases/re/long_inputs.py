# Long subjects: many matches, deep backtracking, long repeats of groups.
import re

text = ''.join('line %d: word%d, value=%d\n' % (i, i % 17, i * 7 % 101) for i in range(20000))
print(len(text), len(re.findall(r'\w+', text)), len(re.findall(r'(\w+)=(\d+)', text)))
print(re.findall(r'value=(\d+)', text)[-3:], re.search(r'word16, value=100', text).span())
out, n = re.subn(r'(\d+)', r'<\1>', text)
print(len(out), n, out[:40])
print(len(re.split(r'\n', text)), len(re.split(r'[:,=\s]+', text)), re.split(r'\n', text, maxsplit=2)[:2])
print(len(re.sub(r'\d', lambda m: str(9 - int(m.group())), text)))
print(sum(1 for _ in re.finditer('', text[:5000])))

s = 'ab' * 50000 + 'c'
print(re.fullmatch('(a|b)*c', s).span(1), re.match('(?:ab)+', s).end(), re.search('(ab)+c', s).span(1))
print(re.fullmatch('(?:a|b)*?c', s) is not None, re.match(r'(\w)*', s).span(1))
print(re.search('x', 'a' * 100000), re.search('a{3}b', 'aa' * 10000 + 'aab').span())
print(re.match('(a*)*b', 'a' * 25), re.match('(?:a+)+b', 'a' * 22 + 'b').span())
big = 'é' * 30000 + '😀' + 'x' * 30000
print(re.search('😀x+', big).span(), len(re.findall('é', big)), re.sub('x+$', '', big)[-3:])
print(len(re.compile(b'\\d+').findall(bytes(range(256)) * 200)), re.search(b'\\xff\\x00', bytes(range(256)) * 3).span())

# results that are the subject itself, bytearray subjects
s = 'no match here'
print(re.sub('z', 'y', s) is s, re.subn('z', 'y', s)[1], type(re.sub(b'z', b'y', bytearray(b'abc'))).__name__)
ba = bytearray(b'a1b2')
print(re.sub(rb'\d', b'#', ba), re.split(rb'\d', ba), re.findall(rb'(\w)(\d)', ba), re.subn(rb'x', b'', ba))
print(re.findall('a', 'banana', ), re.compile('a').findall('banana', 2, 5), re.compile('a').split('banana'))
