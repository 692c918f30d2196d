# join of many parts, of PathLike parts, and the empty last part.
import posixpath as p

class P:
    def __init__(self, v): self.v = v
    def __fspath__(self): return self.v

print(p.join('a', 'b', 'c', 'd', 'e'), p.join('/', 'a', '', 'b', ''), p.join('a', '/b', 'c', '/d'))
print(p.join(P('x'), P('y')), p.join(P(b'x'), b'y'), p.join('', ''), p.join('', '', 'a'))
print(p.join(*['p%d' % i for i in range(50)]).count('/'))
try:
    p.join(P('x'), P(b'y'))
except TypeError as e:
    print(e)
