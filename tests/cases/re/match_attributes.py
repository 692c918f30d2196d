# Match and Pattern attributes: regs, lastgroup, lastindex, pos, endpos, re,
# string; copying; the generic aliases and their docstrings.
import copy
import re


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for p, s, pos, end in [
    (r'(?P<x>a)(b)?', 'zzAbq', 1, 4), (r'(a)|b', 'b', 0, 9), (r'((a)(?P<inner>b))', 'xab', 0, 3),
    (r'(?P<one>x)(?P<two>y)?', 'xz', 0, 2), (r'()', 'abc', 2, 1), (r'(a)(?:b)(c)?', 'abd', 0, 3),
    (r'(?P<n>a(?P<m>b))', 'ab', 0, -5), (r'(a)|(b)|(c)', 'c', 0, 100), (r'x', 'x', 0, 1),
    (br'(?P<w>\w+)', b'  hi', 1, 4),
]:
    m = re.compile(p, re.I).search(s, pos, end)
    if m is None:
        print(p, None)
        continue
    print(p, m.regs, m.lastgroup, m.lastindex, m.pos, m.endpos, m.re.pattern, m.string, m.span())
    print('  ', m.groups(), m.groupdict(), m.groups('-'), m.groupdict(0), m[0], len(m.regs))

m = re.search('(a)(b)', 'xab')
show(lambda: m.__copy__() is m)
show(lambda: m.__deepcopy__({}) is m)
show(lambda: copy.copy(m) is m)
show(lambda: copy.deepcopy(m) is m)
p = re.compile('a+', re.I)
show(lambda: (p.__copy__() is p, p.__deepcopy__(None) is p, copy.copy(p) is p, copy.deepcopy(p) is p))
show(lambda: re.Match.__class_getitem__.__doc__)
show(lambda: re.Pattern.__class_getitem__.__doc__)
show(lambda: (re.Match[str], re.Pattern[bytes], re.Pattern[str].__origin__, re.Match[bytes].__args__))
show(lambda: re.Pattern[str] == re.Pattern[str])
show(lambda: (p.pattern, p.flags, p.groups, p.groupindex))
show(lambda: re.compile('(?P<a>x)(?P<b>y)').groupindex)
show(lambda: re.compile('(?P<a>x)').groupindex['a'])
show(lambda: type(re.compile('(?P<a>x)').groupindex).__name__)
show(lambda: re.search('a', 'a').pos)
show(lambda: re.compile('a').search('aaa', -5, 10**20).span())
show(lambda: re.compile('a').match('baaa', 1, 2).regs)
show(lambda: re.compile('a').fullmatch('baaa', 3).endpos)
show(lambda: re.compile('(a)').search('a').lastgroup)
show(lambda: re.compile('(?P<g>a)|(b)').search('b').lastgroup)
show(lambda: re.compile('(?P<g>a)|(b)').search('b').lastindex)
show(lambda: re.compile('(?P<g>(?P<h>a))').search('a').lastgroup)
