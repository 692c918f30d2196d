# filter and filterfalse keep the order of the names, split them in two, and take any iterable.
import fnmatch

names = ['setup.py', 'README', 'a.py', 'b.txt', '.hidden.py', 'a.py', 'x.PY']
print(fnmatch.filter(names, '*.py'))
print(fnmatch.filterfalse(names, '*.py'))
print(fnmatch.filter(names, '?.*'))
print(fnmatch.filter(iter(names), '[ab].*'))
print(fnmatch.filterfalse((n for n in names), '*'))
print(fnmatch.filter([], '*'), fnmatch.filterfalse([], '*'))
print(fnmatch.filter('abc', '[ac]'))
print(fnmatch.filter({'b': 1}, 'b'))
both = fnmatch.filter(names, '*.txt') + fnmatch.filterfalse(names, '*.txt')
print(sorted(both) == sorted(names))
print(fnmatch.__all__)
