# bytes patterns: Latin-1 code units, ASCII classes and case folding, bytes
# results, bytearray subjects.
import re

s = b'Caf\xe9 na\xefve 123 _x\t\xa0end\n'
for pat in [rb'\w+', rb'\d+', rb'\s+', rb'\W+', rb'\b.', rb'[\x80-\xff]+', rb'(?i)CAF\xc9', rb'(?i)caf',
            rb'.', rb'(?s).', rb'^\w+|\w+$', rb'(?m)\w+$', rb'[^\w\s]+', rb'\x41|\101|\0', rb'(?L)\w+']:
    print(pat, re.findall(pat, s))
print(re.sub(rb'\d', b'#', s), re.split(rb'\s+', s), re.subn(rb'(?i)[A-Z]', b'', s))
m = re.search(rb'(?P<word>n\w+)', s)
print(m, m.group('word'), m.groupdict(), m.span(), m.string is s, m.expand(rb'<\g<word>>'))
print(re.compile(rb'x', re.I).flags, re.compile(rb'(?L)x').flags, re.compile(rb'(?a)x').flags)
print(re.search(rb'b+', bytearray(b'abbc')), re.fullmatch(rb'\xff+', b'\xff\xff'))
print(re.findall(rb'(?i)\xe9', b'\xe9\xc9'), re.findall(rb'(?i)[\xe0-\xef]', b'\xc9\xe9'))
print(re.escape(b'\x00a-b'), re.sub(b'a', lambda m: b'[' + m.group() + b']', b'banana'))
