# cwd: tmp
# genericpath's functions directly: tests on files, links and bad names, commonprefix, the type checks.
import genericpath
import os

with open('f', 'w') as fh:
    fh.write('abc')
os.mkdir('d')
os.symlink('f', 'lf')
os.symlink('missing', 'dangling')
for name in ('f', 'd', 'lf', 'dangling', 'none', 'f\0x', b'f', 'f/x'):
    print(repr(name), [getattr(genericpath, t)(name) for t in
                       ('exists', 'lexists', 'isfile', 'isdir', 'islink', 'isjunction', 'isdevdrive')])
print(genericpath.getsize('f'), genericpath.samefile('f', 'lf'), genericpath.samefile('f', 'd'))
with open('f') as a, open('lf') as b:
    print(genericpath.sameopenfile(a.fileno(), b.fileno()))
print(genericpath.samestat(os.stat('f'), os.lstat('lf')))
for m in ([], ['abc', 'abd', 'ab'], ['x'], [b'ab', b'ac'], [['a', 'b'], ['a', 'c']], [('a',), ('a', 'b')],
          ['same', 'same'], ['', 'a']):
    print(repr(genericpath.commonprefix(m)))
for bad in (['a', b'b'], [1, 2]):
    try:
        genericpath.commonprefix(bad)
    except TypeError as exc:
        print('TypeError', exc)
for args in (('a', 'b'), (b'a', b'b'), ('a', b'b'), ('a', 1), ()):
    try:
        print(genericpath._check_arg_types('f', *args))
    except TypeError as exc:
        print('TypeError', exc)
for t in ('getsize', 'getmtime', 'isjunction'):
    try:
        getattr(genericpath, t)(None)
    except TypeError as exc:
        print('TypeError', exc)
print(genericpath.ALLOW_MISSING, type(genericpath.ALLOW_MISSING).__doc__, genericpath.ALLOW_MISSING.__reduce__())
print(genericpath.__all__)
