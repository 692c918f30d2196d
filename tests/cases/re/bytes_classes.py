# Bytes patterns: the ASCII meaning of \w, \d, \s and \b, high bytes, LOCALE,
# bytes-like subjects, and the errors for mixing str and bytes.
import re

subject = bytes(range(256))
for p in [rb'\w', rb'\W', rb'\d', rb'\s', rb'\S', rb'[\x80-\xff]', rb'[^\x00-\x7f]', rb'.', rb'(?s).',
          rb'\b\w', rb'[\w\s]', rb'(?i)[a-f]', rb'(?L)\w', rb'(?a)\w']:
    print(p, len(re.findall(p, subject)), re.findall(p, subject)[:5])
print(re.findall(rb'\w+', bytearray(b'ab cd')), re.findall(rb'\w+', memoryview(b'ab cd')))
print(re.sub(rb'b', b'x', bytearray(b'abc')), re.split(rb',', memoryview(b'a,b')))
m = re.search(rb'(b)', bytearray(b'abc'))
print(m, m.group(1), type(m.string).__name__)
for f in [lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'), lambda: re.sub(b'a', 'x', b'a'),
          lambda: re.sub('a', b'x', 'a'), lambda: re.compile(b'a').findall(5), lambda: re.search('a', 5),
          lambda: re.compile(b'[\xe9]').findall('\xe9'), lambda: re.search(b'a', [1])]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
