# Flags given as arguments and inline, verbose patterns, and re.Scanner.
import re

print(re.findall('a.b', 'a\nb axb', re.S), re.findall('^x', 'x\nx', re.M), re.findall('X', 'xX', re.I))
print(re.findall(r'\w+', 'héllo', re.A), re.findall(r'\w+', 'héllo', re.U), re.findall('a', 'A', re.I | re.A))
print(re.match('''(?x)
    (?P<year>\\d{4})   # year
    -
    (?P<month>\\d\\d)  # month
''', '2024-05').groupdict())
print(re.match(r'''a\ b  # an escaped space
  [ ]c  # a class keeps its space
  \#d''', 'a b cd', re.X), re.match(r'a b # c', 'a b # c'), re.match(r'(?x)a{1, 2}', 'a{1,2}'))
print(re.match('(?x) a * ', 'aaa'), re.match('(?x)a +?', 'aa'), re.match('(?x)(?i) A', 'a'))
print(re.compile('(?i)(?m)(?s)(?x)a').flags, re.compile('(?#c)(?i)a').flags, re.compile('(?a)x').flags)
print(re.compile('(?i:a)b').flags, re.compile('(?-i:a)b', re.I).flags, re.compile(r'a', re.X | re.M).flags)
print(re.findall('(?i:a(?-i:b)c)', 'ABC AbC abc'), re.findall('(?s:a.(?-s:.))', 'a\n\n a\nb'))
print(re.findall('(?m:^a)|^b', 'b\na\nb'), re.findall('(?x: a | b ) c', 'ac bc'))

def identifier(scanner, token):
    return ('ID', token, scanner.match.span())

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', identifier),
    (r'\d+\.\d*', lambda s, t: ('FLOAT', float(t))),
    (r'\d+', lambda s, t: ('INT', int(t))),
    (r'[=+*/-]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(scanner.scan('x = 3.5 * y1 + 42 ?rest'))
print(scanner.scan(''), scanner.scan('  '))
print(re.Scanner([('a', 'A'), ('b', None)]).scan('abba!'))
