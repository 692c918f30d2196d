# relative_to (with and without walk_up) and is_relative_to, errors included.
from pathlib import PurePosixPath as P, PureWindowsPath as W

def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

t(P('a/b/c').relative_to, 'a')
t(P('a/b/c').relative_to, 'a/b/c')
t(P('a/b/c').relative_to, P('a/b'))
t(P('/a/b').relative_to, '/')
t(P('a').relative_to, 'b')
t(P('a/b').relative_to, 'c')
t(P('/a/b').relative_to, 'a')
t(P('a/b').relative_to, '/a')
t(P('/a/b').relative_to, '/c', walk_up=True)
t(P('a/b').relative_to, '/a', walk_up=True)
t(P('a/b').relative_to, 'a/..', walk_up=True)
t(P('a/b').relative_to, 'a/c/..', walk_up=True)
t(P('a/b').relative_to, 'c/d', walk_up=True)
t(P('a/b').relative_to, 'a/b/c/d', walk_up=True)
t(P('a/b').relative_to, '', walk_up=True)
t(P('a/b').relative_to, 3)
t(P('a/b').relative_to, 'a', 'b')
t(W('C:/Users/x').relative_to, 'c:/users')
t(W('C:/a').relative_to, 'd:/a')
t(W('C:/a').relative_to, 'd:/', walk_up=True)
for other in ['a', 'a/b', 'a/b/c', 'b', '', '/a', P('a')]:
    print(repr(other), P('a/b').is_relative_to(other))
print(P('/x/y').is_relative_to('/'), W('C:/A/b').is_relative_to('c:/a'))
