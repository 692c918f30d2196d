# Copying patterns and matches (they are immutable: the same object comes
# back), and the reduction copyreg holds for patterns (compiling again).
import copy
import copyreg
import re

p = re.compile(r'(?P<w>\w+)', re.I | re.M)
m = p.search('  hello')
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)
reduce = copyreg.dispatch_table[re.Pattern]
for pattern in [p, re.compile(b'a+'), re.compile('x', re.A), re.compile('(?x) a b ')]:
    func, args = reduce(pattern)
    again = func(*args)
    print(func.__name__, args, again, again == pattern, again.groupindex == pattern.groupindex)
print(re.Match in copyreg.dispatch_table, hasattr(re, 'copyreg'))
