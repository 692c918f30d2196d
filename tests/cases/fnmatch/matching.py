# fnmatchcase: stars, question marks and sets against names; regular-expression
# characters in names and patterns are plain characters.
import fnmatch

cases = [
    ('abc', 'abc'), ('abc', 'a*'), ('abc', '*c'), ('abc', 'a?c'), ('ac', 'a?c'),
    ('abc', '*'), ('', '*'), ('', '?'), ('', ''), ('a', ''),
    ('a.py', '*.py'), ('a.pyc', '*.py'), ('.py', '*.py'), ('a/b.py', '*.py'),
    ('a\nb', 'a?b'), ('a\nb', 'a*'), ('abc\n', 'abc'), ('x(y)', 'x(y)'),
    ('a+b', 'a+b'), ('aab', 'a+b'), ('a|b', 'a|b'), ('a', 'a|b'),
    ('a.b', 'a.b'), ('axb', 'a.b'), ('^$', '^$'), ('\\', '\\'), ('a\\b', 'a\\b'),
    ('*', '\\*'), ('\\x', '\\*'), ('[', '['), ('[a', '[a'), ('a]', 'a]'),
    ('b', '[abc]'), ('d', '[abc]'), ('d', '[!abc]'), (']', '[]]'), ('a', '[!]]'),
    ('aXbYc', 'a*b*c'), ('abbbc', 'a*b*c'), ('ac', 'a*b*c'), ('aaa', '*a*a*a'),
    ('aa', '*a*a*a'), ('ABC', 'abc'), ('ABC', 'A*'), ('é', '?'), ('日本', '??'),
]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatchcase(name, pat), fnmatch.fnmatch(name, pat))
