# Deeply nested groups: CPython's parser recurses per group and gives up
# with RecursionError; below that depth PCRE2 must accept them too.
import re

for p, q in [('(', ')'), ('(?:', ')'), ('(?=', ')'), ('(?<=', ')'), ('(?>', ')'), ('(?i:', ')'), ('(?P<n>', ')'),
             ('(a)(?(1)', ')')]:
    for n in [10, 300, 600, 2000]:
        try:
            r = re.compile(p * n + 'x' + q * n)
            print(repr(p), n, r.groups, r.search('x' * 3) is not None)
        except RecursionError as e:
            print(repr(p), n, 'RecursionError', e)
        except re.error as e:
            print(repr(p), n, 'error', e)
print(re.compile('(?:a|' * 300 + 'b' + ')' * 300).match('b'))
print(re.compile('[a]' * 3000 + '(x)' * 200).groups)


def deeper(d):
    if d:
        return deeper(d - 1)
    try:
        return re.compile('(' * 450 + ')' * 450).groups
    except RecursionError as e:
        return 'RecursionError'


print(deeper(0), deeper(200))
