# The module's names, the types' names, groupindex, the cache, the docstrings.
import re

print(sorted(re.__all__))
print([hasattr(re, n) for n in re.__all__])
print(hasattr(re, '__version__'), hasattr(re, 'template'), hasattr(re, 'TEMPLATE'), hasattr(re, 'T'))
print(re.Pattern.__name__, re.Pattern.__module__, re.Match.__name__, re.Match.__module__, re.Match.__qualname__)
print(re.error.__name__, re.error.__qualname__, re.error.__module__, re.PatternError.__mro__[1:])
print(type(re.compile('a').groupindex).__name__, re.compile('(?P<x>a)(?P<y>b)').groupindex)
try:
    re.compile('(?P<x>a)').groupindex['y'] = 1
except TypeError as e:
    print('TypeError', e)
print(re.compile('a') is re.compile('a'), re.compile('a', re.I) is re.compile('a', 2))
print(re.compile(b'a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
print(callable(re.purge), re.purge(), re.escape('-'), re.escape(b'-'))
for name in ['search', 'match', 'fullmatch', 'split', 'findall', 'finditer', 'sub', 'subn', 'compile', 'escape', 'purge']:
    print(name, getattr(re, name).__doc__.splitlines()[0] if getattr(re, name).__doc__ else None)
