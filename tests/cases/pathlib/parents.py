# parent and parents: a sequence with len, indexing, negative indexes and slices.
from pathlib import PurePosixPath as P, PureWindowsPath as W

for text in ['a/b/c', '/a/b/c', 'a', '/', '.', '', '../x', '//a/b']:
    p = P(text)
    print(repr(text), repr(p.parent), list(p.parents), len(p.parents))
ps = P('/a/b/c/d').parents
print(ps, ps[0], ps[-1], ps[-2], ps[1:], ps[::-1], ps[::2], ps[10:], ps[-3:-1])
for bad in [4, -5, 'x', 0.5]:
    try:
        print(ps[bad])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(P('/a') in ps, P('/a/b/c/d') in ps, P('/') in ps, list(reversed(ps)))
print(ps.index(P('/a')), ps.count(P('/')))
print(list(W('c:/x/y').parents), list(W('//server/share/x').parents), W('c:').parent)
