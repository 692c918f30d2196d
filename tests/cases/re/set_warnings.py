# FutureWarning for class syntax a later Python may read as set operations:
# a '[' opening a set, and doubled '-', '&', '~', '|' after an item.  The
# warning points at the caller's line, even when the pattern is then refused.
import re
import warnings

warnings.simplefilter('always')


def shown(message, category, filename, lineno, file=None, line=None):
    print('  warning:', category.__name__, message, filename == __file__, lineno)


warnings.showwarning = shown
patterns = [
    '[[a]', 'x[a[]', '[a--b]', '[a&&b]', '[a~~b]', '[a||b]', '[--a]', '[a-]', '[[:alpha:]]',
    '[a[b--c&&d]', r'[\[a]', '[a&&]', '[&&a]', '[]&&]', '[a-z--]', '[^[a]', '[a||||b]', '[\n[a]',
    '(?x)\n [[a]', '[a-b--c]', '[^--a]', '[^&&a]', '[a--]', '[&&]', '[][a]', '[[]', r'[\[[a]',
    '[a-&&]', '[&-&&]', r'[a\&&b]', r'[a&\&b]', '[^]&&a]', '[]--a]', '[^[]', '[[[]', '(?x)[ [a]',
    '(?x)[[ a]', '[a- -b]', r'[\--a]', r'[a-\-]', '[a-~~]', '[a-c~~d]', '[(?x) &&]', r'[\w&&\d]',
    r'[\w--]', '[a||', '[[', '[a~~~~', 'a[[]b]', '((?:[[x]))',
]
for p in patterns:
    print(repr(p))
    try:
        re.compile(p)
        print('  compiled')
    except re.error as e:
        print('  error:', e)
print(repr(re.compile(b'[[a&&b]')))
re.purge()
re.search('[a&&z]', 'x')  # through the module's functions too
re.search('[a&&z]', 'x')  # now cached: no second warning
re.purge()
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        re.compile('[a||b]')
    except FutureWarning as e:
        print('raised:', e)
warnings.showwarning = warnings._showwarning_orig if hasattr(warnings, '_showwarning_orig') else shown
re.purge()
warnings.resetwarnings()
warnings.simplefilter('default')
del warnings.showwarning
re.compile('[~~x]')
re.compile('[x~~]')
