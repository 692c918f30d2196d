# sub, subn, split, findall and finditer, empty matches included (the rules
# CPython 3.7 adopted), with counts, maxsplit and templates.
import re

print(re.sub('x*', '-', 'abxd'), re.sub('x*', '-', ''), re.sub('', '-', 'abc'))
print(re.sub('a|(b)', r'[\1]', 'abc'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>|\g<0>|\g<1>>', 'hi you'))
print(re.sub(r'(\w)', r'\1\n\t\\', 'ab'))
print(re.sub(r'\w', r'\-\.', 'ab'))
print(re.sub(r'(\w)', r'\101\0\01\07', 'a'))
print(re.subn('a', 'b', 'aaaa', count=2), re.subn('a', 'b', 'aaaa', count=0), re.subn('z', 'b', 'aaaa'))
print(re.sub('a', lambda m: m.group().upper() * 2, 'banana'))
print(re.sub('(a)(n)?', lambda m: str(m.groups()), 'banana'))
print(re.sub('a', lambda m: '', 'banana'))
print(re.sub('(?m)^', '> ', 'one\ntwo\n'))
print(re.sub('$', '!', 'one\n'), re.sub('(?m)$', '!', 'a\nb\n'))
print(re.sub(r'\b', '|', 'ab cd'), re.sub(r'\B', '|', 'ab cd'))
print(re.subn(r'x*', '-', 'abxxd'), re.subn(r'x+', '-', 'abxxd'))
print(repr(re.sub('a', r'\\', 'a')), repr(re.sub('a', '\\\\n', 'a')))

print(re.split(',', 'a,b,,c,'), re.split(',', ''), re.split('x*', 'axbxxc'))
print(re.split('(,)', 'a,b'), re.split('(,)|(;)', 'a,b;c'), re.split(',', 'a,b,c', maxsplit=1))
print(re.split(',', 'a,b,c', maxsplit=-1), re.split(r'\b', 'one two'), re.split('', 'abc'))
print(re.split(r'\W*', 'a, b!'), re.split('(?m)^', 'a\nb\nc'), re.split('(a)?b', 'cbd'))
print(re.split(r'\s+', ' lead and trail '), re.split('$', 'ab\n'))

print(re.findall('a', 'banana'), re.findall('(a)(n)', 'banana'), re.findall('(a)n', 'banana'))
print(re.findall('(a)|(b)', 'ab'), re.findall('', 'abc'), re.findall('a*', 'baaac'))
print(re.findall(r'\b\w', 'one two three'), re.findall('(?:x)', 'xx'), re.findall('a?', 'aba'))
r = re.compile(r'\d')
print(r.findall('a1b2c3', 2), r.findall('a1b2c3', 1, 4), r.findall('a1b2c3', -5, -1))
print([m.span() for m in r.finditer('1a2b3', 1, 4)], [m.span() for m in re.finditer('x*', 'axxb')])
print([m.span() for m in re.finditer(r'\b', 'a b')], list(re.finditer('z', 'abc')))
it = re.finditer('.', 'ab')
print(next(it), next(it), next(it, 'end'))

# templates: errors in the replacement
for repl in [r'\g', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\g<x>', r'\g<3>', r'\3', r'\q', '\\',
             r'\777', r'\g<-1>', r'\g<+1>', r'\g<٣>', r'\x41']:
    try:
        print(repr(repl), repr(re.sub('(a)(b)?', repl, 'ab')))
    except Exception as e:
        print(repr(repl), type(e).__name__, e)

m = re.match(r'(?P<x>a)(b)?', 'a')
print(repr(m.expand(r'[\1|\2|\g<x>]')), repr(m.expand('plain')))
print(re.sub(b'(a)', b'<\\1>', b'banana'), re.subn(b'a*', b'-', b'xay'))
print(re.split(b',', b'a,b'), re.findall(b'(a)(n)', b'banana'))
