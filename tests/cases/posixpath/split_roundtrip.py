# split and join give back the path; splitext parts add up; dirname/basename agree with split.
import posixpath as p

paths = ['a/b/c', '/a/b', 'a', '/', '', 'a/b/', '//a', 'a.b/c.d', '.hidden', 'x/.y.z', '../..', 'a//b']
for s in paths:
    head, tail = p.split(s)
    root, ext = p.splitext(s)
    print(repr(s), p.join(head, tail) == s or p.normpath(p.join(head, tail)) == p.normpath(s) if s else True,
          root + ext == s, (p.dirname(s), p.basename(s)) == (head, tail))
