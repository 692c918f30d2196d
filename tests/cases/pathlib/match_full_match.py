# match (from the right) and full_match (the whole path, '**' across components).
from pathlib import PurePosixPath as P, PureWindowsPath as W

cases = [('a/b.py', '*.py'), ('a/b.py', 'a/*.py'), ('a/b.py', '/a/*.py'), ('/a/b.py', '/a/*.py'),
         ('/a/b.py', '/*.py'), ('a/b/c.py', 'a/*.py'), ('a/b/c.py', 'b/*.py'), ('a/b.py', '**/*.py'),
         ('a/b/c.py', 'a/**/*.py'), ('a/b/c.py', '**'), ('a.py', '*.PY'), ('.hidden', '*'),
         ('a/b', 'a/b'), ('a/b', 'b'), ('a/b', '*/*/*'), ('a', '?'), ('ab', '[ab][!c]'), ('', '*'),
         ('x/.git/y', '**/.git/*'), ('a/b/c', 'a/**'), ('a', 'a/**'), ('a/b/c/d', '**/c/*')]
for path, pattern in cases:
    print(repr(path), repr(pattern), P(path).match(pattern), P(path).full_match(pattern))
print(P('A.PY').match('*.py', case_sensitive=False), P('a/B').full_match('A/b', case_sensitive=False))
print(W('C:/x/Y.TXT').match('*.txt'), W('C:/x/Y.TXT').full_match('c:/X/*.txt'),
      W('C:/x/Y.TXT').match('*.txt', case_sensitive=True), W('a\\b').full_match('a/b'))
for bad in ['', P('')]:
    try:
        P('a').match(bad)
    except ValueError as e:
        print('ValueError:', e)
print(P('a').full_match(''), P('').full_match(''), P('').full_match('*'))
print(P('a/b').match(P('b')), P('a/b').full_match(P('a/*')))
